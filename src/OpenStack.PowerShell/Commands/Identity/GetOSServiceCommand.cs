using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSService: the services registered in Keystone (/v3/services), by name (wildcards), id or -Type.</summary>
    [Cmdlet(VerbsCommon.Get, "OSService", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(RegisteredService))]
    public sealed class GetOSServiceCommand : GetResourceCmdlet<RegisteredService>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ServiceNameCompleter))] public string? Name { get; set; }

        /// <summary>Only services of this type (compute, network, identity...), filtered by Keystone.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        public string? Type { get; set; }

        protected override ResourceDescriptor<RegisteredService> Resource => IdentityResources.Services;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override Query Filters(ResourceClient client) => new Query().Add("type", Type);
    }
}
