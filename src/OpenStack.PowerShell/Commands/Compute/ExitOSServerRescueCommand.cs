using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Exit-OSServerRescue: boots rescued servers from their own disk again (unrescue); -Wait until ACTIVE.</summary>
    [Cmdlet(VerbsCommon.Exit, "OSServerRescue", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class ExitOSServerRescueCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Unrescue server";
        protected override string[] WaitFor => new[] { "ACTIVE" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.UnrescueServerAsync(id, ct);
    }
}
