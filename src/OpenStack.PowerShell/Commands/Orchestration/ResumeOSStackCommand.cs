using System.Management.Automation;
using OpenStack.Client.Orchestration;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>Resume-OSStack: asks Heat to resume every resource of the stack that can be; -Wait follows the events to RESUME_COMPLETE.</summary>
    [Cmdlet(VerbsLifecycle.Resume, "OSStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Stack))]
    public sealed class ResumeOSStackCommand : StackActionCmdlet
    {
        protected override string Action => "resume";
    }
}
