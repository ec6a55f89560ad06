using System.Management.Automation;
using OpenStack.Client.Orchestration;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// Test-OSStackTemplate: Heat validates a template (with its environment and files) and says what parameters it
    /// takes; a template Heat refuses is an error with Heat's message. Nothing is created.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSStackTemplate", DefaultParameterSetName = FileSet)]
    [OutputType(typeof(StackTemplateValidation))]
    public sealed class TestOSStackTemplateCommand : StackTemplateCmdlet
    {
        protected override void ProcessRecord()
        {
            StackOptions options = null!;
            if (!Try("template", () => { options = ReadTemplate(); options.Check(); })) return;
            Try("template", () => WriteObject(Run(ct => Client.ValidateAsync(options, ct))));
        }
    }
}
