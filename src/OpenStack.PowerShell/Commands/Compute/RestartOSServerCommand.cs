using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Restart-OSServer: a soft reboot, or a hard one with -Hard; -Wait until ACTIVE again.</summary>
    [Cmdlet(VerbsLifecycle.Restart, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class RestartOSServerCommand : ServerActionCmdlet
    {
        /// <summary>Power-cycle instead of asking the guest to reboot.</summary>
        [Parameter]
        public SwitchParameter Hard { get; set; }

        protected override string ActionText => Hard ? "Hard reboot server" : "Reboot server";
        protected override string[] WaitFor => new[] { "ACTIVE" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.RebootServerAsync(id, Hard, ct);
    }
}
