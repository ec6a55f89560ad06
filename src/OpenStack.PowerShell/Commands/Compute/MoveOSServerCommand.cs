using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Move-OSServer: moves servers to another compute host (admin): cold (the default: stopped, moved, then confirmed),
    /// -Live (kept running), or -Evacuate (rebuilt elsewhere because its host is down). The scheduler picks the host
    /// unless -Destination names one. -Wait follows Nova's migration record to its end and reports its failure with
    /// the server's fault; -AutoConfirm confirms a cold migration once it waits in VERIFY_RESIZE.
    /// </summary>
    [Cmdlet(VerbsCommon.Move, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ColdSet)]
    [OutputType(typeof(Server))]
    public sealed class MoveOSServerCommand : BulkCmdlet
    {
        private const string ColdSet = "Cold", LiveSet = "Live", EvacuateSet = "Evacuate";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>The compute host to move to; the scheduler still checks that it fits. None: the scheduler chooses.</summary>
        [Parameter(Position = 1)]
        [Alias("Host", "DestinationHost")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ComputeHostCompleter))] public string? Destination { get; set; }

        /// <summary>Live migration: the server keeps running (block or shared storage chosen by Nova).</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiveSet)]
        public SwitchParameter Live { get; set; }

        /// <summary>Rebuild the server on another host because its own host is down or forced down (Set-OSComputeService -ForcedDown).</summary>
        [Parameter(Mandatory = true, ParameterSetName = EvacuateSet)]
        public SwitchParameter Evacuate { get; set; }

        /// <summary>Confirm the cold migration as soon as it waits in VERIFY_RESIZE (waits for that, even without -Wait).</summary>
        [Parameter(ParameterSetName = ColdSet)]
        public SwitchParameter AutoConfirm { get; set; }

        /// <summary>Wait until Nova's migration record says it is over.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 1800;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private MigrationKind Kind => Live ? MigrationKind.Live : Evacuate ? MigrationKind.Evacuate : MigrationKind.Cold;

        protected override string Activity => (Live ? "Live-migrating" : Evacuate ? "Evacuating" : "Migrating") + " servers";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(ActiveSession);
            var kind = Kind;
            var destination = Destination;
            var action = (kind == MigrationKind.Live ? "Live-migrate" : kind == MigrationKind.Evacuate ? "Evacuate" : "Migrate") +
                         " server" + (destination != null ? " to host " + destination : "");
            foreach (var id in Id)
                Enqueue(id, action, id, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, id, ct).ConfigureAwait(false);
                    var before = await compute.LastMigrationIdAsync(serverId, kind, ct).ConfigureAwait(false);
                    await compute.MoveServerAsync(serverId, kind, destination, ct).ConfigureAwait(false);
                    var timeout = TimeSpan.FromSeconds(TimeoutSec);
                    if (Wait || AutoConfirm)
                        await compute.WaitForMigrationAsync(serverId, kind, before, new Client.Waiting.WaitOptions { Timeout = timeout }, ct).ConfigureAwait(false);
                    if (AutoConfirm)
                    {
                        // The migration is "finished" a moment before the server shows VERIFY_RESIZE.
                        var servers = ComputeResources.Servers;
                        var verify = servers.WaitFor("VERIFY_RESIZE"); verify.Timeout = timeout;
                        await resources.WaitAsync(servers, serverId, verify, ct).ConfigureAwait(false);
                        await compute.ConfirmMigrationAsync(serverId, ct).ConfigureAwait(false);
                        if (Wait)
                        {
                            var active = servers.WaitFor("ACTIVE", "SHUTOFF"); active.Timeout = timeout;
                            return PassThru ? await resources.WaitAsync(servers, serverId, active, ct).ConfigureAwait(false) : null;
                        }
                    }
                    return PassThru ? await resources.GetAsync(ComputeResources.Servers, serverId, ct).ConfigureAwait(false) : null;
                });
        }
    }
}
