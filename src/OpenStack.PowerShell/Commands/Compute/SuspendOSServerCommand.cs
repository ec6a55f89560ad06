using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Suspend-OSServer: suspends servers to disk (suspend); with -Pause keeps them in memory (pause), with -Shelve
    /// frees their host (shelve). -Wait until SUSPENDED, PAUSED, or SHELVED_OFFLOADED (SHELVED where Nova keeps shelved servers on their host).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Suspend, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Suspend")]
    [OutputType(typeof(Server))]
    public sealed class SuspendOSServerCommand : ServerActionCmdlet
    {
        /// <summary>Freeze the server in memory (Nova's pause) instead of saving it to disk.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Pause")]
        public SwitchParameter Pause { get; set; }

        /// <summary>Shelve the server: snapshot it and free its host's resources (Nova's shelve).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Shelve")]
        public SwitchParameter Shelve { get; set; }

        protected override string ActionText => Pause ? "Pause server" : Shelve ? "Shelve server" : "Suspend server";
        protected override string[] WaitFor => Pause ? new[] { "PAUSED" } : Shelve ? new[] { "SHELVED_OFFLOADED", "SHELVED" } : new[] { "SUSPENDED" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) =>
            Pause ? client.PauseServerAsync(id, ct) : Shelve ? client.ShelveServerAsync(id, ct) : client.SuspendServerAsync(id, ct);
    }
}
