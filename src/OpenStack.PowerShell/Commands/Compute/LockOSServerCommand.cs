using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Lock-OSServer: locks servers against changes by non-admin users.</summary>
    [Cmdlet(VerbsCommon.Lock, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Server))]
    public sealed class LockOSServerCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Lock server";
        protected override string[] WaitFor => System.Array.Empty<string>();
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.LockServerAsync(id, ct);
    }
}
