using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Orchestration;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>Remove-OSStack: deletes stacks and all they built (asks first unless -Force); -Wait until gone, DELETE_FAILED an error with Heat's reason.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSStackCommand : RemoveWaitingResourceCmdlet<Stack>
    {
        public RemoveOSStackCommand() { TimeoutSec = 3600; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StackId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Stack> Resource => OrchestrationResources.Stacks;
        protected override string[] Targets => Id;

        /// <summary>-Wait follows the stack's events instead (below): a deleted stack still answers by id, as DELETE_COMPLETE.</summary>
        protected override WaitOptions? DeletionWait => null;

        /// <summary>
        /// Heat deletes a stack at stacks/{name}/{id}: the name is read first. With -Wait, the stack's events are followed to
        /// DELETE_COMPLETE, and then the stack's listing until it is gone from it (Heat marks it deleted just after).
        /// </summary>
        protected override async Task DeleteAsync(ResourceClient client, string id, CancellationToken ct)
        {
            var orchestration = new OrchestrationClient(client.Session);
            var stack = await orchestration.GetAsync(id, ct).ConfigureAwait(false) ?? throw new NotFoundException("There is no stack " + id + ".");
            var marker = Wait ? await orchestration.LatestEventIdAsync(stack, ct).ConfigureAwait(false) : null;
            await orchestration.DeleteAsync(stack, ct).ConfigureAwait(false);
            if (!Wait) return;
            await orchestration.WaitAsync(stack, "DELETE", marker, TimeSpan.FromSeconds(TimeoutSec), e =>
                WriteVerboseLater(e.ResourceName + " " + e.Status + (string.IsNullOrEmpty(e.StatusReason) ? "" : ": " + e.StatusReason)), null, ct).ConfigureAwait(false);
            for (var i = 0; i < 30; i++)
            {
                var listed = false;
                await foreach (var s in client.ListAsync(OrchestrationResources.Stacks, new Query().Add("id", stack.Id), null, ct).ConfigureAwait(false)) listed |= s.Id == stack.Id;
                if (!listed) return;
                await Task.Delay(500, ct).ConfigureAwait(false);
            }
        }

        private void WriteVerboseLater(string line) => Post(() => WriteVerbose(line));
    }
}
