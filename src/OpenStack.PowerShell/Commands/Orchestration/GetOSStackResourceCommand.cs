using System.Management.Automation;
using OpenStack.Client.Orchestration;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>Get-OSStackResource: what Heat built for a stack's resources, with their status and physical ids; -NestedDepth for nested stacks' too.</summary>
    [Cmdlet(VerbsCommon.Get, "OSStackResource")]
    [OutputType(typeof(StackResource))]
    public sealed class GetOSStackResourceCommand : StackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("StackId")]
        [ReferenceTo(typeof(Stack))]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public NameOrId Stack { get; set; } = null!;

        /// <summary>Only resources whose name matches; wildcards are allowed.</summary>
        [Parameter(Position = 1)] [SupportsWildcards] public string? Name { get; set; }

        /// <summary>How many levels of nested stacks to include.</summary>
        [Parameter] [ValidateRange(0, 100)] public int? NestedDepth { get; set; }

        protected override void ProcessRecord()
        {
            OpenStack.Client.Orchestration.Stack stack = null!;
            if (!Try(Stack.Value, () => stack = Find(Stack.Value))) return;
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            Try(stack, () =>
            {
                foreach (var r in RunEach(ct => Client.ListResourcesAsync(stack, NestedDepth, ct)))
                    if (pattern == null || pattern.IsMatch(r.Name)) WriteObject(r);
            });
        }
    }
}
