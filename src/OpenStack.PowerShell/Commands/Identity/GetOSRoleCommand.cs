using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSRole: roles by name (wildcards) or id; with -Domain the roles specific to that domain instead of the global ones.</summary>
    [Cmdlet(VerbsCommon.Get, "OSRole", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Role))]
    public sealed class GetOSRoleCommand : GetResourceCmdlet<Role>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RoleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RoleNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(RoleNameCompleter))] public string? Name { get; set; }

        /// <summary>The domain (name or id) whose domain-specific roles to list.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string? Domain { get; set; }

        protected override ResourceDescriptor<Role> Resource => IdentityResources.Roles;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override Query Filters(ResourceClient client) =>
            new Query().Add("domain_id", Domain == null ? null : Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain, ct)));
    }
}
