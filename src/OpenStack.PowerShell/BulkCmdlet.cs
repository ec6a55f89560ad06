using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Waiting;

namespace OpenStack.PowerShell
{
    /// <summary>
    /// Base of state-changing cmdlets fed by the pipeline. Each item is confirmed (-WhatIf/-Confirm) on the
    /// pipeline thread before anything is sent; up to -ThrottleLimit items are then in progress at once, an item
    /// holding its place until its wait ends (so -ThrottleLimit 2 -Wait restarts a farm two servers at a time), and
    /// each result or error is written as it completes. Requests in flight stay at <see cref="MaxRequestsInFlight"/>
    /// or fewer whatever the limit: every request of every item, status polls included, shares one
    /// <see cref="RequestLimit"/>, and the items' waits share their polls (<see cref="WaitBatch"/>: one listing per poll for
    /// all the servers being waited on). EndProcessing waits for the rest.
    /// </summary>
    public abstract class BulkCmdlet : OpenStackCmdlet
    {
        /// <summary>Many items may be waiting at once, but the service is asked about only this many at a time.</summary>
        public const int MaxRequestsInFlight = 8;

        private readonly List<Task> _running = new List<Task>();
        private SemaphoreSlim? _requestGate;
        // The items' waits share their polls: one listing per poll for all servers being waited on, not a GET each.
        private WaitBatch? _waitBatch;
        private int _done, _queued;

        /// <summary>How many items are in progress at once, each until its wait ends (default 32).</summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = 32;

        /// <summary>The activity shown by Write-Progress, e.g. "Stopping servers".</summary>
        protected abstract string Activity { get; }

        /// <summary>
        /// Confirms and starts one operation. <paramref name="work"/> returns what to write (or null); its exceptions
        /// become non-terminating errors about <paramref name="target"/>. The item keeps its place among the
        /// -ThrottleLimit in progress until <paramref name="work"/> ends, its wait included; its requests share the
        /// cmdlet's <see cref="RequestLimit"/> of <see cref="MaxRequestsInFlight"/>.
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
            var previousLimit = RequestLimit.Current;
            var previousBatch = WaitBatch.Current;
            try
            {
                // Both flow into the item's task with the ExecutionContext that Start captures.
                RequestLimit.Current = _requestGate ??= new SemaphoreSlim(Math.Min(ThrottleLimit, MaxRequestsInFlight));
                WaitBatch.Current = _waitBatch ??= new WaitBatch(CancellationToken);
                _running.Add(Start(ct => CompleteAsync(work, ct, errorTarget ?? target)));
            }
            finally
            {
                RequestLimit.Current = previousLimit;
                WaitBatch.Current = previousBatch;
            }
        }

        /// <summary>Runs one item's work and writes its result or error.</summary>
        private async Task<object?> CompleteAsync(Func<CancellationToken, Task<object?>> work, CancellationToken ct, object errorTarget)
        {
            try
            {
                // Before the item's first request: a listing of what changed since then shows what it acts on.
                WaitBatch.OperationStart = DateTimeOffset.UtcNow;
                var result = await work(ct).ConfigureAwait(false);
                if (result != null) Post(() => WriteObject(result));
            }
            catch (Exception ex) when (IsItemError(ex))
            {
                Post(() => WriteOpenStackError(ex, errorTarget));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                // A defect, not an answer about this item: the command stops, as it would on the pipeline thread.
                Post(() => ThrowOpenStackError(ex, errorTarget));
            }
            var done = Interlocked.Increment(ref _done);
            Post(() => ReportProgress(done));
            return null;
        }

        /// <summary>Each item's wait reports under the cmdlet's own bar.</summary>
        protected override int WaitProgressParentId => 0x05EC;

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
            if (_queued > 0) WriteProgress(new ProgressRecord(0x05EC, Activity, "done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
