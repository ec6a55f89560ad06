using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Start-OSServer: powers on stopped servers (os-start); -Wait until ACTIVE.</summary>
    [Cmdlet(VerbsLifecycle.Start, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Server))]
    public sealed class StartOSServerCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Start server";
        protected override string[] WaitFor => new[] { "ACTIVE" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.StartServerAsync(id, ct);
    }
}
