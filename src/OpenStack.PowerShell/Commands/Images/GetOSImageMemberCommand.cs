using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>Get-OSImageMember: the projects an image is shared with and their answers; the owner sees all, a member only itself.</summary>
    [Cmdlet(VerbsCommon.Get, "OSImageMember")]
    [OutputType(typeof(ImageMember))]
    public sealed class GetOSImageMemberCommand : OpenStackCmdlet
    {
        /// <summary>The image: name, id, or an image from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ReferenceTo(typeof(Image))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public NameOrId Image { get; set; } = null!;

        /// <summary>Only this project's membership: name or id.</summary>
        [Parameter(Position = 1)]
        [Alias("ProjectId", "MemberId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Project { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            Try(Image.Value, () =>
            {
                var imageId = Run(ct => client.FindIdAsync(ImageResources.Images, Image.Value, ct));
                var members = ImageResources.Members.Under(imageId);
                if (Project != null)
                {
                    var projectId = Run(ct => ProjectIds.ResolveAsync(client, Project, ct));
                    WriteObject(Run(ct => client.FindAsync(members, projectId, ct)));
                    return;
                }
                foreach (var m in RunEach(ct => client.ListAsync(members, null, null, ct))) WriteObject(m);
            });
        }
    }
}
