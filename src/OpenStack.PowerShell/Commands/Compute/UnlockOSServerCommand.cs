using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Unlock-OSServer: unlocks servers.</summary>
    [Cmdlet(VerbsCommon.Unlock, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Server))]
    public sealed class UnlockOSServerCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Unlock server";
        protected override string[] WaitFor => System.Array.Empty<string>();
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.UnlockServerAsync(id, ct);
    }
}
