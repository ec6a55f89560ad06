using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Stop-OSServer: powers off servers (os-stop); -Wait until SHUTOFF.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class StopOSServerCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Stop server";
        protected override string[] WaitFor => new[] { "SHUTOFF" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.StopServerAsync(id, ct);
    }
}
