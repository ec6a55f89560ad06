using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Undo-OSServerResize (alias Revert-OSServerResize): returns servers in VERIFY_RESIZE to their old flavor (revertResize); -Wait until ACTIVE (or SHUTOFF).</summary>
    [Alias("Revert-OSServerResize")]
    [Cmdlet(VerbsCommon.Undo, "OSServerResize", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class UndoOSServerResizeCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Revert resize of server";
        protected override string[] WaitFor => new[] { "ACTIVE", "SHUTOFF" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.RevertResizeAsync(id, ct);
    }
}
