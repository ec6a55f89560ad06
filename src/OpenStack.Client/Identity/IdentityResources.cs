using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Identity
{
    /// <summary>Keystone's resources (identity v3). Ids are 32 hex digits; names are unique within a domain.</summary>
    public static class IdentityResources
    {
        public static readonly ResourceDescriptor<Project> Projects =
            new ResourceDescriptor<Project>(ServiceTypes.Identity, "project", "projects", OpenStackJsonContext.Default.Project, p => p.Id, p => p.Name)
            {
                Singular = "project", Plural = "projects", Update = UpdateStyle.Patch,
            };

        /// <summary>The projects a user has a role on: Under(userId). A user may list their own.</summary>
        public static readonly ResourceDescriptor<Project> UserProjects =
            new ResourceDescriptor<Project>(ServiceTypes.Identity, "project", "users/{parent}/projects", OpenStackJsonContext.Default.Project, p => p.Id, p => p.Name)
            {
                Singular = "project", Plural = "projects", Update = UpdateStyle.None,
            };

        public static readonly ResourceDescriptor<Domain> Domains =
            new ResourceDescriptor<Domain>(ServiceTypes.Identity, "domain", "domains", OpenStackJsonContext.Default.Domain, d => d.Id, d => d.Name)
            {
                // The Default domain's id is "default", not 32 hex digits: any id is tried as one.
                Singular = "domain", Plural = "domains", Update = UpdateStyle.Patch, IdsAreUuids = false,
            };

        public static readonly ResourceDescriptor<User> Users =
            new ResourceDescriptor<User>(ServiceTypes.Identity, "user", "users", OpenStackJsonContext.Default.User, u => u.Id, u => u.Name)
            {
                Singular = "user", Plural = "users", Update = UpdateStyle.Patch,
            };

        public static readonly ResourceDescriptor<Group> Groups =
            new ResourceDescriptor<Group>(ServiceTypes.Identity, "group", "groups", OpenStackJsonContext.Default.Group, g => g.Id, g => g.Name)
            {
                Singular = "group", Plural = "groups", Update = UpdateStyle.Patch,
            };

        /// <summary>The members of a group: Under(groupId), listed only (GET /v3/groups/{id}/users).</summary>
        public static readonly ResourceDescriptor<User> GroupMembers =
            new ResourceDescriptor<User>(ServiceTypes.Identity, "user", "groups/{parent}/users", OpenStackJsonContext.Default.User, u => u.Id, u => u.Name)
            {
                Singular = "user", Plural = "users", Update = UpdateStyle.None,
            };

        /// <summary>The groups of a user: Under(userId), listed only (GET /v3/users/{id}/groups).</summary>
        public static readonly ResourceDescriptor<Group> UserGroups =
            new ResourceDescriptor<Group>(ServiceTypes.Identity, "group", "users/{parent}/groups", OpenStackJsonContext.Default.Group, g => g.Id, g => g.Name)
            {
                Singular = "group", Plural = "groups", Update = UpdateStyle.None,
            };

        public static readonly ResourceDescriptor<Role> Roles =
            new ResourceDescriptor<Role>(ServiceTypes.Identity, "role", "roles", OpenStackJsonContext.Default.Role, r => r.Id, r => r.Name)
            {
                Singular = "role", Plural = "roles", Update = UpdateStyle.Patch,
            };

        /// <summary>A user's application credentials: Under(userId). They cannot be changed once made.</summary>
        public static readonly ResourceDescriptor<ApplicationCredential> ApplicationCredentials =
            new ResourceDescriptor<ApplicationCredential>(ServiceTypes.Identity, "application credential", "users/{parent}/application_credentials",
                OpenStackJsonContext.Default.ApplicationCredential, a => a.Id, a => a.Name)
            {
                Singular = "application_credential", Plural = "application_credentials", Update = UpdateStyle.None,
            };

        /// <summary>Who has which role where (listed only, with filters; include_names gives names beside the ids).</summary>
        public static readonly ResourceDescriptor<RoleAssignment> RoleAssignments =
            new ResourceDescriptor<RoleAssignment>(ServiceTypes.Identity, "role assignment", "role_assignments", OpenStackJsonContext.Default.RoleAssignment,
                a => a.RoleId + "/" + (a.UserId ?? a.GroupId) + "/" + (a.ProjectId ?? a.DomainId ?? a.System), a => a.Role)
            {
                Plural = "role_assignments", NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };

        /// <summary>Regions are named by their id.</summary>
        public static readonly ResourceDescriptor<Region> Regions =
            new ResourceDescriptor<Region>(ServiceTypes.Identity, "region", "regions", OpenStackJsonContext.Default.Region, r => r.Id, r => r.Id)
            {
                Singular = "region", Plural = "regions", NameIsId = true, NameFilter = NameFilter.Local, Update = UpdateStyle.Patch,
            };

        public static readonly ResourceDescriptor<RegisteredService> Services =
            new ResourceDescriptor<RegisteredService>(ServiceTypes.Identity, "service", "services", OpenStackJsonContext.Default.RegisteredService, s => s.Id, s => s.Name)
            {
                Singular = "service", Plural = "services", NameFilter = NameFilter.Local, Update = UpdateStyle.Patch,
            };

        public static readonly ResourceDescriptor<RegisteredEndpoint> Endpoints =
            new ResourceDescriptor<RegisteredEndpoint>(ServiceTypes.Identity, "endpoint", "endpoints", OpenStackJsonContext.Default.RegisteredEndpoint, e => e.Id, e => e.Url)
            {
                Singular = "endpoint", Plural = "endpoints", NameFilter = NameFilter.Local, Update = UpdateStyle.Patch,
            };
    }
}
