using System.Collections.Specialized;
using System.Management.Automation;
using OpenStack.Client.Orchestration;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// Get-OSStackOutput: a stack's outputs as one object with a property per output (<c>(Get-OSStackOutput web).ip</c>),
    /// or the value of one output with -Key. An output Heat could not resolve is a warning with Heat's reason.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSStackOutput")]
    [OutputType(typeof(PSObject))]
    public sealed class GetOSStackOutputCommand : StackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("StackId")]
        [ReferenceTo(typeof(Stack))]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public NameOrId Stack { get; set; } = null!;

        /// <summary>The one output whose value is written.</summary>
        [Parameter(Position = 1)] [ValidateNotNullOrEmpty] public string? Key { get; set; }

        protected override void ProcessRecord()
        {
            OpenStack.Client.Orchestration.Stack stack = null!;
            if (!Try(Stack.Value, () => stack = Find(Stack.Value))) return;
            var outputs = new PSObject();
            var found = false;
            foreach (var o in stack.Outputs ?? new System.Collections.Generic.List<StackOutput>())
            {
                if (!string.IsNullOrEmpty(o.Error)) WriteWarning("Output " + o.Key + " of stack " + stack + ": " + o.Error);
                var value = o.Value.HasValue ? PSJson.ToPS(o.Value.Value) : null;
                if (Key != null)
                {
                    if (o.Key != Key) continue;
                    found = true;
                    WriteObject(value, false);
                    continue;
                }
                outputs.Properties.Add(new PSNoteProperty(o.Key, value));
            }
            if (Key == null) WriteObject(outputs);
            else if (!found)
                WriteOpenStackError(new System.ArgumentException("Stack " + stack + " has no output '" + Key + "'" +
                    (stack.Outputs == null || stack.Outputs.Count == 0 ? " (it has none)." : "; it has " + string.Join(", ", stack.Outputs.ConvertAll(x => x.Key)) + ".")), Key);
        }
    }
}
