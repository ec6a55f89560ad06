using System.Management.Automation;
using OpenStack.Client.Orchestration;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// Suspend-/Resume-OSStack: one Heat action on each stack given, -Wait following its events to &lt;ACTION&gt;_COMPLETE.
    /// </summary>
    public abstract class StackActionCmdlet : StackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("StackId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public string[] Id { get; set; } = null!;

        [Parameter] public SwitchParameter Wait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        /// <summary>Heat's action name: "suspend" or "resume".</summary>
        protected abstract string Action { get; }

        protected override void ProcessRecord()
        {
            var action = Action;
            foreach (var id in Id)
            {
                Stack stack = null!;
                if (!Try(id, () => stack = Find(id))) continue;
                if (!ShouldProcess(stack.ToString(), char.ToUpperInvariant(action[0]) + action.Substring(1) + " stack")) continue;
                Try(stack, () => WriteObject(Run(async ct =>
                {
                    var marker = Wait ? await Client.LatestEventIdAsync(stack, ct).ConfigureAwait(false) : null;
                    await Client.ActionAsync(stack, action, ct).ConfigureAwait(false);
                    if (Wait) return await FollowAsync(stack, action.ToUpperInvariant(), marker, TimeoutSec, ct).ConfigureAwait(false) ?? stack;
                    return await Client.GetAsync(stack.Id, ct).ConfigureAwait(false) ?? stack;
                })));
            }
        }
    }
}
