using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSAggregate: host aggregates by name (wildcards) or id, with their hosts, zone and metadata (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSAggregate", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Aggregate))]
    public sealed class GetOSAggregateCommand : GetResourceCmdlet<Aggregate>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AggregateId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AggregateNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(AggregateNameCompleter))] public string? Name { get; set; }

        protected override ResourceDescriptor<Aggregate> Resource => ComputeAdminResources.Aggregates;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
    }
}
