using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Shared by Enable-, Disable- and Set-OSComputeService: the services named by host (and binary, nova-compute
    /// unless told), from the pipeline (services and hypervisors bind by their Host), each found then changed.
    /// </summary>
    public abstract class ComputeServiceChangeCmdlet : BulkCmdlet
    {
        /// <summary>The hosts whose service changes.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Host")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ComputeHostCompleter))] public string[] ComputeHost { get; set; } = null!;

        /// <summary>The service on those hosts (default nova-compute: the one the scheduler places servers by).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ComputeBinaryCompleter))] public string Binary { get; set; } = "nova-compute";

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The words ShouldProcess shows, e.g. "Disable".</summary>
        protected abstract string ActionText { get; }

        /// <summary>The body of the change (Nova's bare PUT os-services/{id}).</summary>
        protected abstract JsonObject Changes();

        protected override string Activity => ActionText + " compute services";

        protected override void ProcessRecord()
        {
            var compute = new ComputeClient(ActiveSession);
            var binary = Binary;
            foreach (var host in ComputeHost)
                Enqueue(binary + " on " + host, ActionText, host, async ct =>
                {
                    var service = await compute.FindServiceAsync(host, binary, ct).ConfigureAwait(false);
                    var changed = await compute.UpdateServiceAsync(service.Id, Changes(), ct).ConfigureAwait(false);
                    return PassThru ? changed : null;
                });
        }
    }
}
