using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell
{
    /// <summary>
    /// Base of state-changing cmdlets fed by the pipeline. Each item is confirmed (-WhatIf/-Confirm) on the
    /// pipeline thread before anything is sent; up to -ThrottleLimit operations then run at once, and each result or
    /// error is written as it completes. Work that ends in a wait (<see cref="EnqueueThenWait"/>) leaves its slot once
    /// its request is sent, and its polls share a gate of the same size. EndProcessing waits for the rest.
    /// </summary>
    public abstract class BulkCmdlet : OpenStackCmdlet
    {
        private readonly List<Task> _running = new List<Task>();
        private readonly List<Task> _waiting = new List<Task>();
        private SemaphoreSlim? _pollGate;
        private int _done, _queued;

        /// <summary>How many requests are in flight at once (waits poll within the same limit). Default 8.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;

        /// <summary>The activity shown by Write-Progress, e.g. "Stopping servers".</summary>
        protected abstract string Activity { get; }

        /// <summary>
        /// Confirms and starts one operation. <paramref name="work"/> returns what to write (or null); its exceptions
        /// become non-terminating errors about <paramref name="target"/>.
        /// </summary>
        /// <param name="force">-Force: no confirmation prompt, though -WhatIf still only reports.</param>
        protected void Enqueue(string target, string action, object? errorTarget, Func<CancellationToken, Task<object?>> work, bool force = false)
        {
            Drain();
            var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var w) && w is SwitchParameter sw && sw.IsPresent;
            if (!(force && !whatIf) && !ShouldProcess(target, action)) return;
            while (_running.Count >= ThrottleLimit)
            {
                PumpUntil(Task.WhenAny(_running));
                _running.RemoveAll(t => t.IsCompleted);
            }
            _queued++;
            _running.Add(Start(ct => CompleteAsync(work, ct, errorTarget ?? target)));
        }

        /// <summary>Runs one item's work and writes its result or error; the item is done unless the work left a wait running.</summary>
        private async Task<object?> CompleteAsync(Func<CancellationToken, Task<object?>> work, CancellationToken ct, object errorTarget)
        {
            try
            {
                var result = await work(ct).ConfigureAwait(false);
                if (ReferenceEquals(result, Waiting)) return null;
                if (result != null) Post(() => WriteObject(result));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                Post(() => WriteOpenStackError(ex, errorTarget));
            }
            var done = Interlocked.Increment(ref _done);
            Post(() => ReportProgress(done));
            return null;
        }

        /// <summary>
        /// Confirms and starts one operation that ends in a wait: <paramref name="send"/> runs within the throttle and
        /// returns the wait, which runs outside it, so the next item's request goes out at once instead of after this
        /// item's wait (200 servers stopped with -Wait: all requests sent, then all waited for together). A send step
        /// that returns no wait ends the item there.
        /// </summary>
        protected void EnqueueThenWait(string target, string action, object? errorTarget,
            Func<CancellationToken, Task<Func<CancellationToken, Task<object?>>?>> send, bool force = false)
        {
            _pollGate ??= new SemaphoreSlim(ThrottleLimit, ThrottleLimit); // made here, on the pipeline thread, before any send reads it
            Enqueue(target, action, errorTarget, async ct =>
            {
                var wait = await send(ct).ConfigureAwait(false);
                if (wait == null) return null;
                var waiting = Task.Run(() => CompleteAsync(wait, ct, errorTarget ?? target));
                lock (_waiting) _waiting.Add(waiting);
                return Waiting;
            }, force);
        }

        /// <summary>For <see cref="EnqueueThenWait"/> when there is nothing to wait for: writes <paramref name="result"/>.</summary>
        protected static Func<CancellationToken, Task<object?>> Done(object? result) => _ => Task.FromResult(result);

        /// <summary>A wait for <see cref="EnqueueThenWait"/> that writes nothing when it ends.</summary>
        protected static Func<CancellationToken, Task<object?>> Quietly(Func<CancellationToken, Task> wait) =>
            async ct => { await wait(ct).ConfigureAwait(false); return null; };

        /// <summary>The gate that the waits' polls share (see <see cref="OpenStack.Client.Waiting.WaitOptions.Gate"/>).</summary>
        protected SemaphoreSlim? PollGate => _pollGate;

        // Returned by the send step of EnqueueThenWait: nothing to write yet, and the item is not done.
        private static readonly object Waiting = new object();

        private void ReportProgress(int done)
        {
            var record = new ProgressRecord(0x05EC, Activity, done + " of " + _queued + " done")
            {
                PercentComplete = _queued == 0 ? 100 : Math.Min(100, done * 100 / _queued),
            };
            WriteProgress(record);
        }

        protected override void EndProcessing()
        {
            PumpUntil(Task.WhenAll(_running));
            _running.Clear();
            // Every send step has ended, so no wait is added any more.
            Task[] waits;
            lock (_waiting) waits = _waiting.ToArray();
            PumpUntil(Task.WhenAll(waits));
            if (_queued > 0) WriteProgress(new ProgressRecord(0x05EC, Activity, "done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
