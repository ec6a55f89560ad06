using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Base of Add-/Remove-OSAggregateHost: one aggregate and its hosts, each added or removed by its own call.</summary>
    public abstract class AggregateHostCmdlet : BulkCmdlet
    {
        /// <summary>The aggregate's name or id, or an aggregate from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Aggregate))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AggregateNameCompleter))] public NameOrId Aggregate { get; set; } = null!;

        /// <summary>Compute host names; hypervisors and compute services from the pipeline bind by their Host.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Host")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ComputeHostCompleter))] public string[] ComputeHost { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Nova's action: add_host or remove_host.</summary>
        protected abstract string NovaAction { get; }

        /// <summary>"Add host h to aggregate a".</summary>
        protected abstract string Describe(string host, string aggregate);

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(ActiveSession);
            var aggregateRef = Aggregate.Value;
            foreach (var host in ComputeHost)
                Enqueue(host, Describe(host, aggregateRef), host, async ct =>
                {
                    var id = await resources.FindIdAsync(ComputeAdminResources.Aggregates, aggregateRef, ct).ConfigureAwait(false);
                    var changed = await compute.AggregateActionAsync(id, NovaAction, new JsonObject { ["host"] = host }, ct).ConfigureAwait(false);
                    return PassThru ? changed : null;
                });
        }
    }
}
