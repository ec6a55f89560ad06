using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// What Grant-OSRole and Revoke-OSRole share: a role, a user or a group, and a project, a domain or the system. Every
    /// name is found before asking, so the confirmation says who gets what where by name and a typo changes nothing.
    /// </summary>
    public abstract class RoleGrantCmdlet : OpenStackCmdlet
    {
        protected const string ProjectSet = "Project", DomainSet = "Domain", SystemSet = "System";

        // The same role, project or domain is looked up once for a whole pipeline of users.
        private readonly Dictionary<string, (string Id, string Name)> _found = new Dictionary<string, (string Id, string Name)>();

        /// <summary>The role (name or id); a role from the pipeline binds by its Name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RoleNameCompleter))] public string Role { get; set; } = null!;

        /// <summary>The user (name, id, or a user from the pipeline).</summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ReferenceTo(typeof(User))]
        [ArgumentCompleter(typeof(UserNameCompleter))] public NameOrId? User { get; set; }

        /// <summary>The group (name, id, or a group from the pipeline).</summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [ReferenceTo(typeof(Group))]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public NameOrId? Group { get; set; }

        [Parameter(ParameterSetName = ProjectSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string Project { get; set; } = null!;

        [Parameter(ParameterSetName = DomainSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string Domain { get; set; } = null!;

        /// <summary>The role on the whole system (Keystone's system scope) rather than a project or a domain.</summary>
        [Parameter(ParameterSetName = SystemSet, Mandatory = true)]
        public SwitchParameter System { get; set; }

        /// <summary>The projects below the project or domain inherit the role (OS-INHERIT); the project or domain itself does not get it.</summary>
        [Parameter(ParameterSetName = ProjectSet)]
        [Parameter(ParameterSetName = DomainSet)]
        public SwitchParameter Inherited { get; set; }

        /// <summary>"Grant role" or "Revoke role".</summary>
        protected abstract string Verb { get; }

        protected abstract Task ChangeAsync(IdentityClient client, RoleGrant grant, CancellationToken ct);

        private bool ToGroup => Group != null;

        protected override void ProcessRecord()
        {
            var actorText = (User ?? Group)?.Value ?? Role;
            RoleGrant grant = null!;
            string what = null!;
            if (!Try(actorText, () =>
                {
                    // Either is taken from the pipeline, so neither can be mandatory: one of them is checked here.
                    if ((User == null) == (Group == null)) throw new ArgumentException("Give the user (-User) or the group (-Group) the role is for: one of them.");
                    (grant, what) = Resolve();
                })) return;
            if (!ShouldProcess(what, Verb)) return;
            var client = new IdentityClient(ActiveSession);
            Try(what, () => Run(ct => ChangeAsync(client, grant, ct)));
        }

        /// <summary>The grant in ids, and the words naming it: "role 'member' for user 'alice' on project 'demo'".</summary>
        private (RoleGrant, string) Resolve()
        {
            var resources = new ResourceClient(ActiveSession);
            var role = Find(resources, IdentityResources.Roles, "role:", Role);
            var actor = ToGroup ? Find(resources, IdentityResources.Groups, "", Group!.Value, cache: false) : Find(resources, IdentityResources.Users, "", User!.Value, cache: false);
            GrantScope scope;
            (string Id, string Name)? where = null;
            if (System) scope = GrantScope.System;
            else if (Project != null) { scope = GrantScope.Project; where = Find(resources, IdentityResources.Projects, "project:", Project); }
            else { scope = GrantScope.Domain; where = Find(resources, IdentityResources.Domains, "domain:", Domain); }
            var grant = new RoleGrant(role.Id, ToGroup, actor.Id, scope, where?.Id, Inherited);
            var text = "role '" + role.Name + "' for " + (ToGroup ? "group '" : "user '") + actor.Name + "' on " +
                (scope == GrantScope.System ? "the system" : (scope == GrantScope.Project ? "project '" : "domain '") + where!.Value.Name + "'") +
                (Inherited ? ", inherited by the projects below" : "");
            return (grant, text);
        }

        private (string Id, string Name) Find<T>(ResourceClient client, ResourceDescriptor<T> d, string key, string nameOrId, bool cache = true) where T : class
        {
            if (cache && _found.TryGetValue(key + nameOrId, out var hit)) return hit;
            var found = Run(ct => client.FindAsync(d, nameOrId, ct));
            var result = (d.IdOf(found), d.NameOf(found) ?? d.IdOf(found));
            if (cache) _found[key + nameOrId] = result;
            return result;
        }
    }
}
