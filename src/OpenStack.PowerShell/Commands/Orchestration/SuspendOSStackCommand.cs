using System.Management.Automation;
using OpenStack.Client.Orchestration;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>Suspend-OSStack: asks Heat to suspend every resource of the stack that can be; -Wait follows the events to SUSPEND_COMPLETE.</summary>
    [Cmdlet(VerbsLifecycle.Suspend, "OSStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Stack))]
    public sealed class SuspendOSStackCommand : StackActionCmdlet
    {
        protected override string Action => "suspend";
    }
}
