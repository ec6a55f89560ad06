using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Orchestration;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// Get-OSStackEvent: a stack's events as they happened (oldest first), or -Newest first, or with -Follow each new one as
    /// it happens until the stack's operation ends; of one resource with -Resource.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSStackEvent", DefaultParameterSetName = "Past")]
    [OutputType(typeof(StackEvent))]
    public sealed class GetOSStackEventCommand : StackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("StackId")]
        [ReferenceTo(typeof(Stack))]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public NameOrId Stack { get; set; } = null!;

        /// <summary>Only the events of this resource (its name in the template).</summary>
        [Parameter(Position = 1)] [ValidateNotNullOrEmpty] public string? Resource { get; set; }

        /// <summary>The newest events first.</summary>
        [Parameter(ParameterSetName = "Past")] public SwitchParameter Newest { get; set; }

        /// <summary>After the events so far, each new one as it happens, until the stack is no longer *_IN_PROGRESS (or Ctrl+C).</summary>
        [Parameter(ParameterSetName = "Follow", Mandatory = true)] public SwitchParameter Follow { get; set; }

        /// <summary>How many levels of nested stacks' events to include.</summary>
        [Parameter] [ValidateRange(0, 100)] public int? NestedDepth { get; set; }

        protected override void ProcessRecord()
        {
            OpenStack.Client.Orchestration.Stack stack = null!;
            if (!Try(Stack.Value, () => stack = Find(Stack.Value))) return;
            Try(stack, () =>
            {
                var events = Follow
                    ? RunEach(ct => Client.FollowEventsAsync(stack, Resource, NestedDepth, null, ct))
                    : RunEach(ct => Client.ListEventsAsync(stack, Resource, null, NestedDepth, Newest, ct));
                foreach (var e in events) WriteObject(e);
            });
        }
    }
}
