using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using OpenStack.Runner;
using OpenStack.Tests;

[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// A runspace of the real PowerShell engine with the built module imported from its manifest. Scripts run
    /// as a user's would; results carry every stream and what the host printed.
    /// </summary>
    public sealed class PowerShellHost : IDisposable
    {
        private readonly Runspace _runspace;
        private readonly StringWriter _hostText = new StringWriter();

        static PowerShellHost()
        {
            // One value for the whole test process: every test finds the local cloud the same way.
            Environment.SetEnvironmentVariable("OS_CLIENT_CONFIG_FILE", TestCloud.CloudsYaml);
            // Scripts import the module by name, as users do: out/ is on PSModulePath, as the runner puts it.
            var modules = Path.GetDirectoryName(Path.GetDirectoryName(ModuleManifest))!;
            Environment.SetEnvironmentVariable("PSModulePath", modules + Path.PathSeparator + Environment.GetEnvironmentVariable("PSModulePath"));
        }

        public PowerShellHost(bool importModule = true)
        {
            Host = new TextHost(_hostText);
            _runspace = RunspaceFactory.CreateRunspace(Host, InitialSessionState.CreateDefault2());
            _runspace.Open();
            Run(TextHost.PlainTextScript).ThrowIfFailed();
            if (importModule)
            {
                ImportResult = Run("Import-Module '" + ModuleManifest + "' -ErrorAction Stop -WarningAction Continue");
                ImportResult.ThrowIfFailed();
            }
            // Every script of the suite runs with the HTTP trace at its fullest (headers and bodies), so the secret scan
            // in Run() reads everything the module could ever print, not only what a test asked to see. The module's
            // cmdlets get -Debug as a switch, as a runbook passes it (which on a compiled cmdlet means Inquire, not
            // Continue): Run() checks that no trace line ever turned into a prompt.
            Run("$global:VerbosePreference = 'Continue'; $global:DebugPreference = 'Continue'\n" +
                "$global:PSDefaultParameterValues['*-OS*:Debug'] = $true; $global:PSDefaultParameterValues['*-OpenStack:Debug'] = $true").ThrowIfFailed();
        }

        public TextHost Host { get; }
        public ScriptResult? ImportResult { get; }

        /// <summary>out/OpenStack/OpenStack.psd1, found by walking up from the test binaries.</summary>
        public static string ModuleManifest
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "out", "OpenStack", "OpenStack.psd1");
                    if (File.Exists(candidate)) return candidate;
                }
                throw new InvalidOperationException("out/OpenStack/OpenStack.psd1 not found: build the solution first.");
            }
        }

        public ScriptResult Run(string script, IDictionary<string, object?>? variables = null)
        {
            if (variables != null)
                foreach (var kv in variables) _runspace.SessionStateProxy.SetVariable(kv.Key, kv.Value);
            var before = _hostText.GetStringBuilder().Length;
            var promptsBefore = Host.Prompts.Count;
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = _runspace;
            ps.AddScript(script);
            var result = new ScriptResult();
            try
            {
                result.Output.AddRange(ps.Invoke());
            }
            catch (RuntimeException ex)
            {
                result.Terminating = ex;
            }
            result.Errors.AddRange(ps.Streams.Error);
            result.Warnings.AddRange(ps.Streams.Warning.Select(w => w.Message));
            result.Verbose.AddRange(ps.Streams.Verbose.Select(v => v.Message));
            result.Debug.AddRange(ps.Streams.Debug.Select(d => d.Message));
            result.Progress.AddRange(ps.Streams.Progress);
            result.HostText = _hostText.GetStringBuilder().ToString(before, _hostText.GetStringBuilder().Length - before);
            // Whatever a test checks, no script may ever show a password or a token, nor ask because of -Debug.
            Secrets.AssertNone(result);
            Xunit.Assert.DoesNotContain(Host.Prompts.Skip(promptsBefore), p => p.Contains("Continue with this operation"));
            return result;
        }

        /// <summary>
        /// Starts a script, waits until <paramref name="started"/> holds for a progress record it has written (an upload
        /// under way, say), then stops it as Ctrl+C does. Returns the final state, the errors written and how long the
        /// stop took to take effect.
        /// </summary>
        public StopResult RunAndStop(string script, Func<ProgressRecord, bool> started, IDictionary<string, object?>? variables = null,
            int timeoutMs = 120000) =>
            RunAndStop(script, started, _ => false, variables, timeoutMs);

        /// <summary>As above, stopping at the first verbose message that <paramref name="started"/> accepts.</summary>
        public StopResult RunAndStopOnVerbose(string script, Func<string, bool> started, IDictionary<string, object?>? variables = null,
            int timeoutMs = 120000) =>
            RunAndStop(script, _ => false, started, variables, timeoutMs);

        private StopResult RunAndStop(string script, Func<ProgressRecord, bool> onProgress, Func<string, bool> onVerbose,
            IDictionary<string, object?>? variables, int timeoutMs)
        {
            if (variables != null)
                foreach (var kv in variables) _runspace.SessionStateProxy.SetVariable(kv.Key, kv.Value);
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = _runspace;
            ps.AddScript(script);
            using var seen = new System.Threading.ManualResetEventSlim();
            ps.Streams.Progress.DataAdded += (_, e) => { if (onProgress(ps.Streams.Progress[e.Index])) seen.Set(); };
            ps.Streams.Verbose.DataAdded += (_, e) => { if (onVerbose(ps.Streams.Verbose[e.Index].Message)) seen.Set(); };
            var async = ps.BeginInvoke();
            if (!seen.Wait(timeoutMs)) throw new TimeoutException("The script never reached the point to stop it at.");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ps.Stop();
            try { ps.EndInvoke(async); } catch (PipelineStoppedException) { }
            return new StopResult(ps.InvocationStateInfo.State, ps.Streams.Error.ToList(), watch.Elapsed);
        }

        /// <summary>Runs a script with one environment variable of the process set (OS_CLIENT_CONFIG_FILE, say), restored afterwards.</summary>
        public ScriptResult RunWithEnvironment(string name, string? value, string script, IDictionary<string, object?>? variables = null)
        {
            var before = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
            try { return Run(script, variables); }
            finally { Environment.SetEnvironmentVariable(name, before); }
        }

        /// <summary>A variable of the runspace, read without printing it anywhere.</summary>
        public object? GetVariable(string name) => PSObject.AsPSObject(_runspace.SessionStateProxy.GetVariable(name) ?? new object()).BaseObject;

        /// <summary>What Tab offers at the end of <paramref name="input"/>, as a console would ask the engine.</summary>
        public List<System.Management.Automation.CompletionResult> Complete(string input)
        {
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = _runspace;
            return CommandCompletion.CompleteInput(input, input.Length, null, ps).CompletionMatches.ToList();
        }

        public void Dispose()
        {
            // The session object itself, every property and its ToString(), is scanned like any output.
            Run("Get-OSSession -ErrorAction SilentlyContinue");
            try { Run("Disconnect-OpenStack -ErrorAction SilentlyContinue"); } catch (Exception) { /* the runspace may be broken */ }
            _runspace.Dispose();
        }
    }

    public sealed record StopResult(PSInvocationState State, List<ErrorRecord> Errors, TimeSpan StopTook);

    public sealed class ScriptResult
    {
        public List<PSObject> Output { get; } = new List<PSObject>();
        public List<ErrorRecord> Errors { get; } = new List<ErrorRecord>();
        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();
        public List<string> Debug { get; } = new List<string>();
        public List<ProgressRecord> Progress { get; } = new List<ProgressRecord>();
        public RuntimeException? Terminating { get; set; }
        public string HostText { get; set; } = "";

        /// <summary>All errors, terminating one included.</summary>
        public IEnumerable<ErrorRecord> AllErrors => Terminating?.ErrorRecord != null ? Errors.Append(Terminating.ErrorRecord) : Errors;

        public ScriptResult ThrowIfFailed()
        {
            if (Terminating != null) throw new InvalidOperationException("Script failed: " + Terminating.ErrorRecord, Terminating);
            if (Errors.Count > 0) throw new InvalidOperationException("Script wrote errors: " + string.Join(" | ", Errors.Select(e => e.ToString())));
            return this;
        }

        /// <summary>Every text the user could see or log: streams, errors, host output, outputs and their properties.</summary>
        public string AllText()
        {
            var sb = new StringBuilder();
            sb.AppendLine(HostText);
            foreach (var s in Warnings.Concat(Verbose).Concat(Debug)) sb.AppendLine(s);
            foreach (var p in Progress) sb.AppendLine(p.Activity).AppendLine(p.StatusDescription).AppendLine(p.CurrentOperation);
            foreach (var e in AllErrors)
            {
                sb.AppendLine(e.ToString()).AppendLine(e.Exception?.ToString()).AppendLine(e.ErrorDetails?.Message).AppendLine(e.ErrorDetails?.RecommendedAction);
                sb.AppendLine(Convert.ToString(e.TargetObject));
            }
            foreach (var o in Output) Describe(o, sb, 0);
            return sb.ToString();
        }

        private static void Describe(object? o, StringBuilder sb, int depth)
        {
            if (o == null || depth > 3) return;
            sb.AppendLine(o.ToString());
            var pso = PSObject.AsPSObject(o);
            if (o is string || pso.BaseObject.GetType().IsPrimitive) return;
            foreach (var p in pso.Properties)
            {
                object? v;
                try { v = p.Value; } catch (Exception) { continue; }
                sb.Append(p.Name).Append('=');
                Describe(v, sb, depth + 1);
            }
        }
    }
}
