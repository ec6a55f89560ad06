using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Identity
{
    /// <summary>Keystone's resources the module looks up (identity v3): only what other services refer to.</summary>
    public static class IdentityResources
    {
        /// <summary>Projects by name or id (ids are 32 hex digits); listing them is for administrators.</summary>
        public static readonly ResourceDescriptor<Project> Projects =
            new ResourceDescriptor<Project>(ServiceTypes.Identity, "project", "projects", OpenStackJsonContext.Default.Project, p => p.Id, p => p.Name)
            {
                Singular = "project", Plural = "projects", Update = UpdateStyle.Patch,
            };
    }
}
