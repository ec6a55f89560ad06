using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSDomain: Keystone domains by name (wildcards) or id; -Enabled filters at Keystone.</summary>
    [Cmdlet(VerbsCommon.Get, "OSDomain", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Domain))]
    public sealed class GetOSDomainCommand : GetResourceCmdlet<Domain>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string? Name { get; set; }

        /// <summary>Only enabled ($true) or disabled ($false) domains.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public bool? Enabled { get; set; }

        protected override ResourceDescriptor<Domain> Resource => IdentityResources.Domains;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override Query Filters(ResourceClient client) => new Query().Add("enabled", Enabled);
    }
}
