using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Confirm-OSServerResize: keeps the new flavor of servers in VERIFY_RESIZE (confirmResize); -Wait until ACTIVE (or SHUTOFF, if it was off).</summary>
    [Cmdlet(VerbsLifecycle.Confirm, "OSServerResize", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class ConfirmOSServerResizeCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Confirm resize of server";
        protected override string[] WaitFor => new[] { "ACTIVE", "SHUTOFF" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.ConfirmResizeAsync(id, ct);
    }
}
