// The host the help examples run in (tests/Pester/HelpExamples.Runner.ps1): it answers every confirmation with
// "Yes to All", as a user at the prompt would to see the example through, and counts the questions; anything else
// that would wait for a person (Read-Host, a credential prompt) fails the example instead of hanging the run.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace HelpExamples
{
    public sealed class ExampleHost : PSHost
    {
        private readonly ExampleHostUI ui = new ExampleHostUI();
        private readonly Guid id = Guid.NewGuid();
        public override string Name => "HelpExampleHost";
        public override Version Version => new Version(1, 0);
        public override Guid InstanceId => id;
        public override PSHostUserInterface UI => ui;
        public ExampleHostUI Console => ui;
        public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;
        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() => throw new NotSupportedException("An example may not enter a nested prompt.");
        public override void ExitNestedPrompt() => throw new NotSupportedException("An example may not enter a nested prompt.");
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
    }

    public sealed class ExampleHostUI : PSHostUserInterface
    {
        /// <summary>The confirmation questions asked since the last Reset, as "caption: message".</summary>
        public List<string> Questions { get; } = new List<string>();
        /// <summary>What the example wrote to the host (Write-Host, warnings), for the failure message.</summary>
        public StringBuilder Text { get; } = new StringBuilder();

        public void Reset() { Questions.Clear(); Text.Clear(); }

        public override PSHostRawUserInterface RawUI => null;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Questions.Add(caption + ": " + message);
            for (int i = 0; i < choices.Count; i++)
                if (choices[i].Label.Replace("&", "").Equals("Yes to All", StringComparison.OrdinalIgnoreCase)) return i;
            for (int i = 0; i < choices.Count; i++)
                if (choices[i].Label.Replace("&", "").Equals("Yes", StringComparison.OrdinalIgnoreCase)) return i;
            throw new InvalidOperationException("The example asked a question with no Yes: " + caption + ": " + message);
        }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new InvalidOperationException("The example prompted for input (" + caption + ": " + message + "); give it a fixture.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new InvalidOperationException("The example prompted for a credential; give it a fixture.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new InvalidOperationException("The example prompted for a credential; give it a fixture.");
        public override string ReadLine() => throw new InvalidOperationException("The example read from the console; give it a fixture.");
        public override SecureString ReadLineAsSecureString() => throw new InvalidOperationException("The example read from the console; give it a fixture.");

        public override void Write(string value) => Text.Append(value);
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Text.Append(value);
        public override void WriteLine(string value) => Text.AppendLine(value);
        public override void WriteErrorLine(string value) => Text.AppendLine("ERROR: " + value);
        public override void WriteDebugLine(string message) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) => Text.AppendLine("WARNING: " + message);
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
    }
}
