using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Resume-OSServer: resumes suspended servers (resume); with -Unpause, paused ones (unpause); with -Unshelve, shelved
    /// ones (unshelve), optionally into another availability zone. -Wait until ACTIVE.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Resume, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = "Resume")]
    [OutputType(typeof(Server))]
    public sealed class ResumeOSServerCommand : ServerActionCmdlet
    {
        /// <summary>Unfreeze a paused server (Nova's unpause).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Unpause")]
        public SwitchParameter Unpause { get; set; }

        /// <summary>Boot a shelved server again (Nova's unshelve).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Unshelve")]
        public SwitchParameter Unshelve { get; set; }

        /// <summary>With -Unshelve: the availability zone to unshelve into (compute microversion 2.77+); the scheduler chooses without it.</summary>
        [Parameter(ParameterSetName = "Unshelve")]
        [ValidateNotNullOrEmpty]
        public string? AvailabilityZone { get; set; }

        protected override string ActionText =>
            Unpause ? "Unpause server" : Unshelve ? "Unshelve server" + (AvailabilityZone != null ? " into availability zone " + AvailabilityZone : "") : "Resume server";
        protected override string[] WaitFor => new[] { "ACTIVE" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) =>
            Unpause ? client.UnpauseServerAsync(id, ct) : Unshelve ? client.UnshelveServerAsync(id, AvailabilityZone, ct) : client.ResumeServerAsync(id, ct);
    }
}
