using System.Management.Automation;
using OpenStack.Client.Orchestration;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// Wait-OSStack: waits until Heat stacks created, updated or resumed earlier complete (CREATE_COMPLETE, UPDATE_COMPLETE
    /// or RESUME_COMPLETE by default); any *_FAILED status, or a rollback, ends the wait with Heat's status reason.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "OSStack")]
    [OutputType(typeof(Stack))]
    public sealed class WaitOSStackCommand : WaitResourceCmdlet<Stack>
    {
        public WaitOSStackCommand() { TimeoutSec = 3600; }

        /// <summary>Stack ids or names; Stack objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StackId")]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Stack> Resource => OrchestrationResources.Stacks;
        protected override string[] Targets => Id;
        // Each ends an operation that leaves the stack ready for use.
        protected override string[] ReadyStatus => new[] { "CREATE_COMPLETE", "UPDATE_COMPLETE", "RESUME_COMPLETE" };
    }
}
