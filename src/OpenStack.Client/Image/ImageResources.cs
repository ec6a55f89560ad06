using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Image
{
    /// <summary>Glance's resources (image v2): bare objects, changes as JSON patches of Glance's own media type.</summary>
    public static class ImageResources
    {
        public static readonly ResourceDescriptor<Image> Images =
            new ResourceDescriptor<Image>(ServiceTypes.Image, "image", "images", OpenStackJsonContext.Default.Image, i => i.Id, i => i.Name)
            {
                Update = UpdateStyle.JsonPatch, PatchContentType = "application/openstack-images-v2.1-json-patch",
                Status = new StatusRule<Image>(i => i.Status) { Failures = new[] { "killed", "deleted" } },
            };
        /// <summary>The projects one image is shared with: <c>Members.Under(imageId)</c>; a member is named by its project id.</summary>
        public static readonly ResourceDescriptor<ImageMember> Members =
            new ResourceDescriptor<ImageMember>(ServiceTypes.Image, "image member", "images/{parent}/members", OpenStackJsonContext.Default.ImageMember,
                m => m.MemberId, m => m.MemberId)
            {
                NameFilter = NameFilter.Local, IdsAreUuids = false,
            };
    }
}
