using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Waiting
{
    /// <summary>What to wait for and how.</summary>
    public sealed class WaitOptions
    {
        public WaitOptions(params string[] targets) { Targets = targets; }
        /// <summary>Statuses that end the wait successfully (case-insensitive).</summary>
        public IReadOnlyCollection<string> Targets { get; }
        /// <summary>Statuses that end the wait with <see cref="ResourceFailedException"/>.</summary>
        public IReadOnlyCollection<string> Failures { get; set; } = DefaultFailures;
        /// <summary>The failure statuses of most services.</summary>
        public static string[] DefaultFailures => new[] { "ERROR", "error", "error_deleting", "error_extending", "error_restoring", "killed" };
        /// <summary>
        /// Any status ending so is a failure too (Magnum's CREATE_FAILED...). Null when a failure left over from before
        /// the request (a cluster that failed to build, now being deleted) must not end the wait.
        /// </summary>
        public string? FailureSuffix { get; set; } = "_FAILED";
        /// <summary>
        /// The failure status the resource was already in before the request (a cluster left DELETE_FAILED, deleted again).
        /// Services that change the status asynchronously still show it for a moment after the request: seeing it is not
        /// this request's failure until the status has changed once, or <see cref="StaleFailureGrace"/> has passed.
        /// </summary>
        public string? FailureBefore { get; set; }
        /// <summary>How long <see cref="FailureBefore"/> may stay unchanged before it counts as this request's failure.</summary>
        public TimeSpan StaleFailureGrace { get; set; } = TimeSpan.FromSeconds(30);
        /// <summary>A 404 (the fetch returns null) is success: waiting for a deletion.</summary>
        public bool GoneIsSuccess { get; set; }
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
        /// <summary>The longest pause between polls; the first pauses are shorter (see <see cref="PauseAfter"/>).</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);
        /// <summary>
        /// The pause after poll number <paramref name="polls"/> (1 for the first): 0.5 s, 1 s, then <see cref="Interval"/>,
        /// never past the timeout. Most changes take a second or two, and a wait that sees them at once is a runbook that
        /// goes on at once; a long build is still asked only once per interval.
        /// </summary>
        public TimeSpan PauseAfter(int polls, TimeSpan elapsed)
        {
            var ramp = TimeSpan.FromMilliseconds(500 * (1 << Math.Min(Math.Max(polls, 1) - 1, 8)));
            var pause = ramp < Interval ? ramp : Interval;
            var remaining = Timeout - elapsed;
            return remaining < pause ? (remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining) : pause;
        }

        /// <summary>Sets <see cref="FailureBefore"/> when <paramref name="status"/>, read before the request, is one of the failures.</summary>
        public void NoteStatusBefore(string? status)
        {
            var failures = new HashSet<string>(Failures, StringComparer.OrdinalIgnoreCase);
            FailureBefore = status != null && StatusWaiter.IsFailure(status, failures, FailureSuffix) ? status : null;
        }

        /// <summary>Called after each poll with the status seen and the time spent.</summary>
        public Action<string, TimeSpan>? Progress { get; set; }
    }

    /// <summary>
    /// How a failure seen without its reason is read once more: after <see cref="Lag"/>, with <see cref="Read"/>, a GET of
    /// its own (a listing of changes would not show the resource again: recording a fault does not change it).
    /// </summary>
    public sealed class LateReason<T> where T : class
    {
        public LateReason(TimeSpan lag, Func<CancellationToken, Task<T?>> read) { Lag = lag; Read = read; }
        public TimeSpan Lag { get; }
        public Func<CancellationToken, Task<T?>> Read { get; }
    }

    /// <summary>Polls a resource until a target status, failing fast on failure statuses.</summary>
    public static class StatusWaiter
    {
        /// <param name="fetch">Gets the resource, or null when it no longer exists.</param>
        /// <param name="status">Reads its status.</param>
        /// <param name="failureDetail">The server's own reason (a fault message, status_reason), if any.</param>
        /// <param name="describe">Names the resource in messages ("server web1 (id)").</param>
        /// <param name="late">For a service that sets the failure status before it records the reason: how a failure seen
        /// without a reason is read once more, and after how long.</param>
        public static async Task<T?> WaitAsync<T>(Func<CancellationToken, Task<T?>> fetch, Func<T, string?> status, Func<T, string?> failureDetail,
            string describe, WaitOptions options, CancellationToken ct, LateReason<T>? late = null) where T : class
        {
            var watch = Stopwatch.StartNew();
            var failures = new HashSet<string>(options.Failures, StringComparer.OrdinalIgnoreCase);
            var targets = new HashSet<string>(options.Targets, StringComparer.OrdinalIgnoreCase);
            string? last = null;
            var stale = options.FailureBefore;
            for (var polls = 1; ; polls++)
            {
                var resource = await fetch(ct).ConfigureAwait(false);
                if (resource == null)
                {
                    if (options.GoneIsSuccess) { options.Progress?.Invoke("deleted", watch.Elapsed); return null; }
                    throw new NotFoundException(describe + " disappeared while waiting for status " + string.Join("/", targets) + ".");
                }
                var current = status(resource) ?? "";
                last = current;
                options.Progress?.Invoke(current, watch.Elapsed);
                if (targets.Contains(current)) return resource;
                if (stale != null && (!string.Equals(current, stale, StringComparison.OrdinalIgnoreCase) || watch.Elapsed >= options.StaleFailureGrace)) stale = null;
                if (stale == null && IsFailure(current, failures, options.FailureSuffix))
                {
                    var detail = failureDetail(resource);
                    if (string.IsNullOrWhiteSpace(detail) && late != null)
                    {
                        await Task.Delay(late.Lag, ct).ConfigureAwait(false);
                        var again = await late.Read(ct).ConfigureAwait(false);
                        if (again != null && IsFailure(status(again) ?? "", failures, options.FailureSuffix)) detail = failureDetail(again);
                    }
                    throw Failed(describe, current, detail);
                }
                if (watch.Elapsed >= options.Timeout)
                    throw new ServiceTimeoutException(describe + " did not reach " + string.Join("/", targets.OrderBy(t => t)) + " within " +
                        options.Timeout.TotalSeconds + " s; last status " + (last.Length == 0 ? "(none)" : last) + ".");
                var pause = options.PauseAfter(polls, watch.Elapsed);
                // One listing answers every wait of the batch: a short pause sees the change sooner and costs no request more.
                if (pause > WaitBatch.SharedPause && WaitBatch.PollsShared) pause = WaitBatch.SharedPause;
                await Task.Delay(pause, ct).ConfigureAwait(false);
            }
        }

        internal static bool IsFailure(string status, ISet<string> failures, string? suffix = "_FAILED") =>
            failures.Contains(status) || (suffix != null && status.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

        /// <summary>"server web1 went to status ERROR: No valid host was found."</summary>
        public static ResourceFailedException Failed(string describe, string status, string? detail)
        {
            var reason = string.IsNullOrEmpty(detail) ? "." : ": " + detail!.TrimEnd() + (detail!.TrimEnd().EndsWith(".", StringComparison.Ordinal) ? "" : ".");
            return new ResourceFailedException(describe + " went to status " + status + reason, status);
        }
    }
}
