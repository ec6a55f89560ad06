using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Set-OSComputeService -ForcedDown: marks the hosts' service down at once (its servers may then be evacuated
    /// without waiting for Nova to notice the host is gone), or up again with $false (admin).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSComputeService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ComputeService))]
    public sealed class SetOSComputeServiceCommand : ComputeServiceChangeCmdlet
    {
        /// <summary>$true: down whatever it reports; $false: its own reports count again.</summary>
        [Parameter(Mandatory = true)]
        public bool ForcedDown { get; set; }

        protected override string ActionText => ForcedDown ? "Force down" : "Stop forcing down";
        protected override JsonObject Changes() => new JsonObject { ["forced_down"] = ForcedDown };
    }
}
