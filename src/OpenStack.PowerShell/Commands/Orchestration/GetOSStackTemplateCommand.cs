using System.Management.Automation;
using System.Text.Json;
using OpenStack.Client.Orchestration;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>Get-OSStackTemplate: the template a stack was last built from, as Heat holds it (JSON text, or an object with -AsObject).</summary>
    [Cmdlet(VerbsCommon.Get, "OSStackTemplate")]
    [OutputType(typeof(string), typeof(PSObject))]
    public sealed class GetOSStackTemplateCommand : StackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("StackId")]
        [ReferenceTo(typeof(Stack))]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public NameOrId Stack { get; set; } = null!;

        /// <summary>The template as an object (resources, parameters, outputs as properties) instead of JSON text.</summary>
        [Parameter] public SwitchParameter AsObject { get; set; }

        protected override void ProcessRecord()
        {
            OpenStack.Client.Orchestration.Stack stack = null!;
            if (!Try(Stack.Value, () => stack = Find(Stack.Value))) return;
            Try(stack, () =>
            {
                var template = Run(ct => Client.GetTemplateAsync(stack, ct));
                if (template == null) return;
                if (AsObject)
                {
                    using var doc = JsonDocument.Parse(template.ToJsonString());
                    WriteObject(PSJson.ToPS(doc.RootElement));
                }
                else WriteObject(template.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            });
        }
    }
}
