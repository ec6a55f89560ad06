using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Disable-OSComputeService: the scheduler places no new servers on the hosts; those there keep running (admin).</summary>
    [Cmdlet(VerbsLifecycle.Disable, "OSComputeService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ComputeService))]
    public sealed class DisableOSComputeServiceCommand : ComputeServiceChangeCmdlet
    {
        /// <summary>Why, for other operators: shown as the service's DisabledReason.</summary>
        [Parameter]
        [ValidateLength(1, 255)]
        public string? Reason { get; set; }

        protected override string ActionText => "Disable";

        protected override JsonObject Changes()
        {
            var o = new JsonObject { ["status"] = "disabled" };
            if (Reason != null) o["disabled_reason"] = Reason;
            return o;
        }
    }
}
