using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSAggregate: deletes aggregates (asks first unless -Force); Nova refuses one that still has hosts.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSAggregate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSAggregateCommand : RemoveResourceCmdlet<Aggregate>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AggregateId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AggregateNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Aggregate> Resource => ComputeAdminResources.Aggregates;
        protected override string[] Targets => Id;
    }
}
