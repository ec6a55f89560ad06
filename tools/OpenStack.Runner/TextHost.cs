using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace OpenStack.Runner
{
    /// <summary>
    /// A PSHost that writes everything to a TextWriter: the console for the runner, a StringWriter in tests.
    /// Prompts are answered from a queue (empty queue: the default choice), and recorded.
    /// </summary>
    public sealed class TextHost : PSHost
    {
        private readonly TextHostUI _ui;

        /// <summary>Turns off ANSI styling, accents included, for logs, pipes and tests.</summary>
        public const string PlainTextScript =
            "$PSStyle.OutputRendering = 'PlainText'; $PSStyle.Formatting.FormatAccent = ''; $PSStyle.Formatting.TableHeader = ''; $PSStyle.Formatting.CustomTableHeaderLabel = ''";

        /// <param name="ansi">Keep ANSI colours (a terminal); otherwise escape sequences are stripped.</param>
        public TextHost(TextWriter writer, int width = 120, bool ansi = false) { _ui = new TextHostUI(writer, width, ansi); }

        public override string Name => "OpenStack.TextHost";
        public override Version Version => new Version(1, 0);
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override PSHostUserInterface UI => _ui;
        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.GetCultureInfo("en-US");
        public int? ExitCode { get; private set; }
        /// <summary>Answers for PromptForChoice, by label ("Y", "N", "A") in order.</summary>
        public Queue<string> ChoiceAnswers => _ui.ChoiceAnswers;
        /// <summary>Every prompt caption and message shown.</summary>
        public List<string> Prompts => _ui.Prompts;
        public override void SetShouldExit(int exitCode) => ExitCode = exitCode;
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }

        private sealed class TextHostUI : PSHostUserInterface
        {
            private static readonly System.Text.RegularExpressions.Regex Ansi = new System.Text.RegularExpressions.Regex(@"\x1b\[[0-9;?]*[A-Za-z]");
            private readonly TextWriter _w;
            private readonly RawUI _raw;
            private readonly bool _ansi;
            public readonly Queue<string> ChoiceAnswers = new Queue<string>();
            public readonly List<string> Prompts = new List<string>();

            public TextHostUI(TextWriter w, int width, bool ansi) { _w = w; _raw = new RawUI(width); _ansi = ansi; }

            private string Plain(string value) => _ansi ? value : Ansi.Replace(value, "");

            public override PSHostRawUserInterface RawUI => _raw;
            public override string ReadLine() => "";
            public override SecureString ReadLineAsSecureString() => new SecureString();
            public override void Write(string value) { lock (_w) _w.Write(Plain(value)); }
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);
            public override void WriteLine(string value) { lock (_w) _w.WriteLine(Plain(value)); }
            public override void WriteErrorLine(string value) => WriteLine(value);
            public override void WriteDebugLine(string message) => WriteLine("DEBUG: " + message);
            public override void WriteVerboseLine(string message) => WriteLine("VERBOSE: " + message);
            public override void WriteWarningLine(string message) => WriteLine("WARNING: " + message);
            public override void WriteProgress(long sourceId, ProgressRecord record) { }

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
            {
                Prompts.Add(caption + ": " + message);
                var result = new Dictionary<string, PSObject>();
                foreach (var d in descriptions) result[d.Name] = PSObject.AsPSObject("");
                return result;
            }

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                Prompts.Add(caption + ": " + message);
                WriteLine(caption + Environment.NewLine + message);
                if (ChoiceAnswers.Count == 0) return defaultChoice;
                var answer = ChoiceAnswers.Dequeue();
                for (var i = 0; i < choices.Count; i++)
                {
                    var label = choices[i].Label.Replace("&", "");
                    if (string.Equals(label, answer, StringComparison.OrdinalIgnoreCase) ||
                        label.StartsWith(answer, StringComparison.OrdinalIgnoreCase)) return i;
                }
                return defaultChoice;
            }

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
                throw new NotSupportedException("This host cannot prompt for credentials: " + caption);

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => PromptForCredential(caption, message, userName, targetName);
        }

        private sealed class RawUI : PSHostRawUserInterface
        {
            public RawUI(int width) { BufferSize = new Size(width, 9999); WindowSize = new Size(width, 50); }
            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
            public override Coordinates CursorPosition { get; set; }
            public override Coordinates WindowPosition { get; set; }
            public override int CursorSize { get; set; }
            public override Size BufferSize { get; set; }
            public override Size WindowSize { get; set; }
            public override Size MaxWindowSize => WindowSize;
            public override Size MaxPhysicalWindowSize => WindowSize;
            public override bool KeyAvailable => false;
            public override string WindowTitle { get; set; } = "";
            public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();
            public override void FlushInputBuffer() { }
            public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
            public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
            public override BufferCell[,] GetBufferContents(Rectangle rectangle) => new BufferCell[0, 0];
            public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
        }
    }
}
