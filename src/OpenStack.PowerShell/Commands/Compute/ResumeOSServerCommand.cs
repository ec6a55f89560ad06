using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Resume-OSServer: resumes suspended servers; -Wait until ACTIVE.</summary>
    [Cmdlet(VerbsLifecycle.Resume, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Server))]
    public sealed class ResumeOSServerCommand : ServerActionCmdlet
    {
        protected override string ActionText => "Resume server";
        protected override string[] WaitFor => new[] { "ACTIVE" };
        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.ResumeServerAsync(id, ct);
    }
}
