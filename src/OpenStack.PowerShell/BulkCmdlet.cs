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
    /// pipeline thread before anything is sent; up to -ThrottleLimit operations (requests and waits) then run at
    /// once, and each result or error is written as it completes. EndProcessing waits for the rest.
    /// </summary>
    public abstract class BulkCmdlet : OpenStackCmdlet
    {
        private readonly List<Task> _running = new List<Task>();
        private int _done, _queued;

        /// <summary>How many items are worked on at once. Default 8.</summary>
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
            _running.Add(Start<object?>(async ct =>
            {
                try
                {
                    var result = await work(ct).ConfigureAwait(false);
                    if (result != null) Post(() => WriteObject(result));
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    Post(() => WriteOpenStackError(ex, errorTarget ?? target));
                }
                var done = Interlocked.Increment(ref _done);
                Post(() => ReportProgress(done));
                return null;
            }));
        }

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
