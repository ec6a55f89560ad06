using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Suspend-OSServer: suspends servers to disk; -Wait until SUSPENDED.</summary>
    [Cmdlet(VerbsLifecycle.Suspend, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class SuspendOSServerCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Suspend server";
        protected override string[] WaitFor => new[] { "SUSPENDED" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.SuspendServerAsync(id, ct);
    }
}
