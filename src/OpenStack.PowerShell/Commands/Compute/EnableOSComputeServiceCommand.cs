using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Enable-OSComputeService: lets the scheduler place servers on the hosts again (admin).</summary>
    [Cmdlet(VerbsLifecycle.Enable, "OSComputeService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ComputeService))]
    public sealed class EnableOSComputeServiceCommand : ComputeServiceChangeCmdlet
    {
        protected override string ActionText => "Enable";
        protected override JsonObject Changes() => new JsonObject { ["status"] = "enabled" };
    }
}
