using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell
{
    /// <summary>
    /// Base of every cmdlet: finds the session (-Session or the current one), runs async client calls while
    /// relaying their trace and progress to Write* on the pipeline thread, cancels them from StopProcessing,
    /// and turns client exceptions into ErrorRecords in one place.
    /// </summary>
    public abstract class OpenStackCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        // Writes posted from any thread, run on the pipeline thread by Drain/PumpUntil.
        private readonly ConcurrentQueue<Action> _writes = new ConcurrentQueue<Action>();
        private readonly ManualResetEventSlim _wake = new ManualResetEventSlim(false);

        /// <summary>The session to use instead of the current one (from Connect-OpenStack -PassThru), or the name it is kept under.</summary>
        [Parameter]
        [SessionTransformation]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public OpenStackSession? Session { get; set; }

        protected CancellationToken CancellationToken => _stopping.Token;

        /// <summary>The session in use; a terminating error when there is none.</summary>
        protected OpenStackSession ActiveSession
        {
            get
            {
                // Runspaces started later in this script (ForEach-Object -Parallel) find this runspace's connections.
                SessionStore.PassOn();
                var s = Session ?? SessionStore.Current;
                if (s == null || s.IsDisposed) ThrowTerminatingError(ErrorRecords.NotConnected());
                return s!;
            }
        }

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Writes a client exception as a non-terminating ErrorRecord.</summary>
        protected void WriteOpenStackError(Exception ex, object? target) => WriteError(ErrorRecords.From(ex, target));

        /// <summary>Stops the cmdlet with a client exception as a terminating ErrorRecord.</summary>
        protected void ThrowOpenStackError(Exception ex, object? target) => ThrowTerminatingError(ErrorRecords.From(ex, target));

        /// <summary>
        /// Reports each status a wait sees as progress (under the cmdlet's own bar, where it has one), and as -Verbose when it
        /// changes ("Server web1: SHUTOFF after 4 s."): the one way every waiting cmdlet tells it.
        /// </summary>
        protected void ReportWaitProgress(WaitOptions options, string activity, string subject)
        {
            string? last = null;
            options.Progress = (status, elapsed) =>
            {
                var seconds = (int)elapsed.TotalSeconds;
                Post(() => WriteProgress(new ProgressRecord(0x05F0, activity, status + " after " + seconds + " s") { ParentActivityId = WaitProgressParentId }));
                if (status != last) Post(() => WriteVerbose(subject + ": " + status + " after " + seconds + " s."));
                last = status;
            };
        }

        /// <summary>The progress bar the waits' bars sit under; -1 for none.</summary>
        protected virtual int WaitProgressParentId => -1;

        /// <summary>Queues a Write* call from any thread; it runs on the pipeline thread at the next drain.</summary>
        protected void Post(Action write)
        {
            _writes.Enqueue(write);
            _wake.Set();
        }

        /// <summary>Runs the queued writes now (pipeline thread only).</summary>
        protected void Drain()
        {
            while (_writes.TryDequeue(out var write)) write();
        }

        /// <summary>Blocks the pipeline thread until the task ends, writing what is posted meanwhile as it arrives.</summary>
        protected void PumpUntil(Task task)
        {
            if (!task.IsCompleted) task.ContinueWith(_ => _wake.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            while (true)
            {
                Drain();
                if (task.IsCompleted) { Drain(); return; }
                _wake.Wait();
                _wake.Reset();
            }
        }

        /// <summary>Starts async work with this cmdlet's trace sink flowing into it.</summary>
        // The sink flows into the task through the ExecutionContext that Task.Run captures.
        protected Task<T> Start<T>(Func<CancellationToken, Task<T>> work) => WithTraceSink(() => Task.Run(() => work(_stopping.Token)));

        /// <summary>Calls <paramref name="begin"/> with this cmdlet's trace sink current, so the work it begins writes there.</summary>
        private T WithTraceSink<T>(Func<T> begin)
        {
            var previousSink = HttpTrace.Current;
            try
            {
                HttpTrace.Current = _sink ??= new CmdletTraceSink(this);
                return begin();
            }
            finally
            {
                HttpTrace.Current = previousSink;
            }
        }

        private CmdletTraceSink? _sink;

        /// <summary>Runs async work to completion, writing its trace on this thread; rethrows its exception.</summary>
        protected T Run<T>(Func<CancellationToken, Task<T>> work)
        {
            var task = Start(work);
            PumpUntil(task);
            return task.GetAwaiter().GetResult();
        }

        protected void Run(Func<CancellationToken, Task> work) =>
            Run<bool>(async ct => { await work(ct).ConfigureAwait(false); return true; });

        /// <summary>Streams an async sequence, yielding each item on the pipeline thread as it arrives.</summary>
        protected IEnumerable<T> RunEach<T>(Func<CancellationToken, IAsyncEnumerable<T>> source)
        {
            var enumerator = Run(ct => Task.FromResult(source(ct).GetAsyncEnumerator(ct)));
            try
            {
                while (MoveNext(enumerator))
                    yield return enumerator.Current;
            }
            finally
            {
                Run(async _ => { await enumerator.DisposeAsync().ConfigureAwait(false); return true; });
            }
        }

        /// <summary>
        /// The next item, asked for on the pipeline thread: the items of a page already read come at once, with no hop to
        /// another thread and back (which cost more than the item itself); fetching a page is pumped like any other work.
        /// </summary>
        private bool MoveNext<T>(IAsyncEnumerator<T> enumerator)
        {
            // A step already done (an item of a page already read) needs no thread hop: PumpUntil returns at once.
            var task = WithTraceSink(() => enumerator.MoveNextAsync()).AsTask();
            PumpUntil(task);
            return task.GetAwaiter().GetResult();
        }

        /// <summary>As <see cref="Run{T}"/>, begun on the pipeline thread: work that is mostly done at once (an item dressed from a cache) costs no thread hop.</summary>
        private T RunInline<T>(Func<CancellationToken, Task<T>> work)
        {
            var task = WithTraceSink(() => work(_stopping.Token));
            PumpUntil(task);
            return task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// The error policy, decided here once: an exception about the item at hand (the service refused or failed, the
        /// input or a file was wrong, the wait was cancelled) is written as a non-terminating error, so -ErrorAction decides
        /// what happens next and the cmdlet goes on with the next item. Anything else is a defect and terminates.
        /// </summary>
        internal static bool IsItemError(Exception ex) =>
            !(ex is PipelineStoppedException) &&
            (ex is OpenStackException || ex is ArgumentException || ex is OperationCanceledException || ex is IOException ||
             ex is UnauthorizedAccessException || ex is ObjectDisposedException || ex is NotSupportedException ||
             ex is System.Text.Json.JsonException);

        /// <summary>Runs one item's work under the error policy; false when it failed (the error is written).</summary>
        protected bool Try(object? target, Action work) => Try(() => target, work);

        /// <summary>As <see cref="Try(object?, Action)"/>, the target read when the error happens (the resource made so far).</summary>
        protected bool Try(Func<object?> target, Action work)
        {
            try { work(); return true; }
            catch (Exception ex) when (IsItemError(ex)) { WriteOpenStackError(ex, target()); return false; }
        }

        /// <summary>Runs work the whole command depends on: an item error ends the command as a terminating error.</summary>
        protected void Must(object? target, Action work)
        {
            try { work(); }
            catch (Exception ex) when (IsItemError(ex)) { ThrowOpenStackError(ex, target); }
        }

        /// <summary>Writes the resource for each id or name; each one missing or ambiguous is a non-terminating error.</summary>
        protected void WriteFound<T>(IEnumerable<string> idsOrNames, Func<string, CancellationToken, Task<T>> find)
        {
            foreach (var idOrName in idsOrNames) Try(idOrName, () => WriteObject(Run(ct => find(idOrName, ct))));
        }

        /// <summary>
        /// Streams a listing, keeping what matches <paramref name="namePattern"/> (wildcards, case-insensitive) and honouring
        /// -First/-Skip/-IncludeTotalCount where the cmdlet supports paging. <paramref name="list"/> gets the name when it has
        /// no wildcard, so the service can filter too.
        /// </summary>
        /// <param name="complete">Reads a listed item in full, where the service lists only a summary.</param>
        protected void WriteListed<T>(string? namePattern, Func<string?, CancellationToken, IAsyncEnumerable<T>> list, Func<T, string?> nameOf, string what,
            Func<T, CancellationToken, Task<T>>? complete = null)
        {
            Try(namePattern ?? what, () =>
            {
                var exact = namePattern != null && !WildcardPattern.ContainsWildcardCharacters(namePattern) ? namePattern : null;
                var pattern = namePattern != null ? Pattern(namePattern) : null;
                // Null unless the cmdlet declares SupportsPaging.
                var paging = PagingParameters;
                ulong skipped = 0, written = 0;
                foreach (var item in RunEach(ct => list(exact, ct)))
                {
                    // A name is also matched as written: "web[1]" finds the network named web[1], not only web1.
                    var name = nameOf(item) ?? "";
                    if (pattern != null && !pattern.IsMatch(name) && !string.Equals(name, namePattern, StringComparison.Ordinal)) continue;
                    if (paging != null && skipped < paging.Skip) { skipped++; continue; }
                    if (paging != null && written >= paging.First) break;
                    WriteObject(complete == null ? item : RunInline(ct => complete(item, ct)));
                    written++;
                }
                if (paging != null && paging.IncludeTotalCount) WriteObject(paging.NewTotalCount(skipped + written, 0.5));
            });
        }

        /// <summary>The wildcard pattern of -Name; one PowerShell cannot read ('a[b') is bad input, said before anything is listed.</summary>
        private static WildcardPattern Pattern(string text)
        {
            var pattern = new WildcardPattern(text, WildcardOptions.IgnoreCase);
            try { pattern.IsMatch(""); }
            catch (WildcardPatternException ex)
            {
                throw new ArgumentException("'" + text + "' is not a wildcard pattern (" + ex.Message.TrimEnd('.') + "). Escape [ and ] with a backtick (`[) to match them as they are.", ex);
            }
            return pattern;
        }

        internal bool DebugEnabled => IsPreferenceOn("Debug", "DebugPreference");
        internal bool VerboseEnabled => IsPreferenceOn("Verbose", "VerbosePreference");

        private bool IsPreferenceOn(string switchName, string variable)
        {
            if (MyInvocation.BoundParameters.TryGetValue(switchName, out var v) && v is SwitchParameter sp) return sp.IsPresent;
            var pref = GetVariableValue(variable);
            return pref is ActionPreference ap ? ap != ActionPreference.SilentlyContinue && ap != ActionPreference.Ignore : pref != null && pref.ToString() != "SilentlyContinue";
        }

        /// <summary>Relays HTTP trace lines (already redacted) to -Verbose and -Debug.</summary>
        private sealed class CmdletTraceSink : IHttpTraceSink
        {
            private readonly OpenStackCmdlet _cmdlet;
            private readonly bool _verbose, _debug;

            public CmdletTraceSink(OpenStackCmdlet cmdlet)
            {
                _cmdlet = cmdlet;
                _verbose = cmdlet.VerboseEnabled;
                _debug = cmdlet.DebugEnabled;
            }

            public bool IsEnabled(TraceLevel level) => level == TraceLevel.Debug ? _debug : _verbose || _debug;

            public void Trace(TraceLevel level, string message) => _cmdlet.Post(() => Write(_cmdlet, level, message));

            // The engine's own way to write a verbose, debug or warning record without asking (Write-Debug, Write-Verbose and
            // Write-Warning use it). -Debug on a compiled cmdlet sets its debug, verbose and warning preferences to Inquire,
            // and Cmdlet.WriteDebug, WriteVerbose and WriteWarning then ask "Continue with this operation?" after every line:
            // a prompt per HTTP trace line, and in a host that cannot prompt, a failed cmdlet whose request may already have
            // reached the service. These lines are written as under Continue instead.
            private const System.Reflection.BindingFlags Instance =
                System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public;
            private static readonly Type? Runtime = typeof(PSCmdlet).Assembly.GetType("System.Management.Automation.MshCommandRuntime");
            private static readonly System.Reflection.MethodInfo? WriteDebugRecord =
                Runtime?.GetMethod("WriteDebug", Instance, null, new[] { typeof(DebugRecord), typeof(bool) }, null);
            private static readonly System.Reflection.MethodInfo? WriteVerboseRecord =
                Runtime?.GetMethod("WriteVerbose", Instance, null, new[] { typeof(VerboseRecord), typeof(bool) }, null);
            private static readonly System.Reflection.MethodInfo? WriteWarningRecord =
                Runtime?.GetMethod("WriteWarning", Instance, null, new[] { typeof(WarningRecord), typeof(bool) }, null);

            internal static void Warn(OpenStackCmdlet cmdlet, string message)
            {
                if (!Invoke(cmdlet, WriteWarningRecord, new WarningRecord(message))) cmdlet.Host?.UI?.WriteWarningLine(message);
            }

            /// <summary>Writes the record without asking; false when this engine has no such method.</summary>
            private static bool Invoke(OpenStackCmdlet cmdlet, System.Reflection.MethodInfo? method, InformationalRecord record)
            {
                if (method == null || !Runtime!.IsInstanceOfType(cmdlet.CommandRuntime)) return false;
                try
                {
                    method.Invoke(cmdlet.CommandRuntime, new object[] { record, true });
                    return true;
                }
                catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException != null)
                {
                    // Stopping the pipeline, or a host failure: as the Write* method would have thrown it.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                    throw;
                }
            }

            internal static void Write(OpenStackCmdlet cmdlet, TraceLevel level, string message)
            {
                var debug = level == TraceLevel.Debug;
                if (Invoke(cmdlet, debug ? WriteDebugRecord : WriteVerboseRecord, debug ? new DebugRecord(message) : new VerboseRecord(message))) return;
                // An engine without that method: the host shows the line as the stream would have, never asking.
                if (debug ? cmdlet.DebugEnabled : cmdlet.VerboseEnabled || cmdlet.DebugEnabled)
                {
                    if (debug) cmdlet.Host?.UI?.WriteDebugLine(message);
                    else cmdlet.Host?.UI?.WriteVerboseLine(message);
                }
            }
        }

        /// <summary>As <see cref="Cmdlet.WriteVerbose"/>, but -Debug never turns it into a prompt (see <see cref="CmdletTraceSink"/>).</summary>
        public new void WriteVerbose(string text) => CmdletTraceSink.Write(this, TraceLevel.Verbose, text);

        /// <summary>As <see cref="Cmdlet.WriteDebug"/>, but -Debug never turns it into a prompt (see <see cref="CmdletTraceSink"/>).</summary>
        public new void WriteDebug(string text) => CmdletTraceSink.Write(this, TraceLevel.Debug, text);

        /// <summary>As <see cref="Cmdlet.WriteWarning"/>, but -Debug never turns it into a prompt (see <see cref="CmdletTraceSink"/>).</summary>
        public new void WriteWarning(string text) => CmdletTraceSink.Warn(this, text);
    }
}
