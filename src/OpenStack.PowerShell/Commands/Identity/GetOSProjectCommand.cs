using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Get-OSProject: Keystone projects by name (wildcards) or id, listed with filters Keystone applies (domain, parent,
    /// tags, enabled); -My lists the projects the connected user has a role on, which any user may read.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSProject", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Project))]
    public sealed class GetOSProjectCommand : GetResourceCmdlet<Project>
    {
        private const string MySet = "My";
        // Keystone sends a project's domain id only; each domain is read once per call.
        private readonly ConcurrentDictionary<string, Task<string?>> _domainNames = new ConcurrentDictionary<string, Task<string?>>();

        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [Parameter(ParameterSetName = MySet, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Name { get; set; }

        /// <summary>Only the projects of this domain (name or id).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [Parameter(ParameterSetName = MySet)]
        [ReferenceTo(typeof(Domain))]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public NameOrId? Domain { get; set; }

        /// <summary>Only the direct children of this project (name or id).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Parent { get; set; }

        /// <summary>Only projects with all of these tags.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        public string[]? Tag { get; set; }

        /// <summary>Only enabled ($true) or disabled ($false) projects.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [Parameter(ParameterSetName = MySet)]
        public bool? Enabled { get; set; }

        /// <summary>The projects the connected user has a role on (those Switch-OSProject can switch to).</summary>
        [Parameter(ParameterSetName = MySet, Mandatory = true)]
        public SwitchParameter My { get; set; }

        protected override ResourceDescriptor<Project> Resource => IdentityResources.Projects;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;

        protected override ResourceDescriptor<Project> Listed(ResourceClient client) =>
            My ? IdentityResources.UserProjects.Under(client.Session.UserId ?? throw new System.ArgumentException("The session has no user id.")) : Resource;

        protected override Query Filters(ResourceClient client)
        {
            var q = new Query();
            if (Domain != null) q.Add("domain_id", Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain.Value, ct)));
            if (Parent != null) q.Add("parent_id", Run(ct => client.FindIdAsync(IdentityResources.Projects, Parent, ct)));
            if (Tag != null) q.Add("tags", string.Join(",", Tag));
            if (Enabled.HasValue) q.Add("enabled", Enabled.Value ? "true" : "false");
            return q;
        }

        protected override bool Decorates => true;

        protected override async Task<Project> DecorateAsync(ResourceClient client, Project item, CancellationToken ct)
        {
            if (item.DomainId != null) item.DomainName = await _domainNames.GetOrAdd(item.DomainId, id => DomainNameAsync(client, id)).ConfigureAwait(false);
            return item;
        }

        /// <summary>The name, or null where the user may not read the domain: a missing name never fails the listing.</summary>
        private static async Task<string?> DomainNameAsync(ResourceClient client, string id)
        {
            try { return (await client.GetAsync(IdentityResources.Domains, id, CancellationToken.None).ConfigureAwait(false))?.Name; }
            catch (OpenStackException) { return null; }
        }
    }
}
