using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Get-OSRoleAssignment: who has which role where, with names (GET /v3/role_assignments?include_names=true), filtered by
    /// user, group, project, domain, system, role; -Effective expands group memberships and inheritance as a token would.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSRoleAssignment", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(RoleAssignment))]
    public sealed class GetOSRoleAssignmentCommand : GetResourceCmdlet<RoleAssignment>
    {
        [Parameter(ValueFromPipeline = true)]
        [ReferenceTo(typeof(User))]
        [ArgumentCompleter(typeof(UserNameCompleter))] public NameOrId? User { get; set; }

        [Parameter(ValueFromPipeline = true)]
        [ReferenceTo(typeof(Group))]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public NameOrId? Group { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Project { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string? Domain { get; set; }

        /// <summary>Only the assignments on the system.</summary>
        [Parameter] public SwitchParameter System { get; set; }

        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RoleNameCompleter))] public string? Role { get; set; }

        /// <summary>Only the assignments inherited by the projects below a domain or project (OS-INHERIT).</summary>
        [Parameter] public SwitchParameter Inherited { get; set; }

        /// <summary>The roles as they take effect: a group's assignments as its users', inherited ones on each project below.</summary>
        [Parameter] public SwitchParameter Effective { get; set; }

        protected override ResourceDescriptor<RoleAssignment> Resource => IdentityResources.RoleAssignments;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => null;

        protected override Query Filters(ResourceClient client)
        {
            var q = new Query()
                .Add("user.id", User == null ? null : UserReference.UserId(client.Session, User, f => Run(f)))
                .Add("group.id", Group == null ? null : Id(client, IdentityResources.Groups, Group.Value))
                .Add("scope.project.id", Project == null ? null : Id(client, IdentityResources.Projects, Project))
                .Add("scope.domain.id", Domain == null ? null : Id(client, IdentityResources.Domains, Domain))
                .Add("scope.system", System ? "all" : null)
                .Add("role.id", Role == null ? null : Id(client, IdentityResources.Roles, Role))
                .Add("scope.OS-INHERIT:inherited_to", Inherited ? "projects" : null)
                // Keystone takes the bare key as the flag; an empty value counts as given.
                .Add("effective", Effective ? "" : null);
            return q.Add("include_names", "true");
        }

        private string Id<T>(ResourceClient client, ResourceDescriptor<T> d, string nameOrId) where T : class => Run(ct => client.FindIdAsync(d, nameOrId, ct));
    }
}
