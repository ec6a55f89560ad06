using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Orchestration
{
    public sealed partial class OrchestrationClient
    {
        /// <summary>The newest event's id: what follows it belongs to the operation about to begin.</summary>
        public async Task<string?> LatestEventIdAsync(Stack stack, CancellationToken ct = default)
        {
            await foreach (var e in ListEventsAsync(stack, newestFirst: true, ct: ct).ConfigureAwait(false)) return e.Id;
            return null;
        }

        /// <summary>
        /// Follows an operation (CREATE, UPDATE, DELETE, SUSPEND, RESUME) through the stack's events after
        /// <paramref name="marker"/>, each one handed to <paramref name="onEvent"/>, until the stack's own event ends it:
        /// action_COMPLETE returns the stack (null once deleted); action_FAILED or a rollback is a
        /// <see cref="ResourceFailedException"/> with the stack's status reason and the first failed resource's reason.
        /// </summary>
        public async Task<Stack?> WaitAsync(Stack stack, string action, string? marker, TimeSpan timeout, Action<StackEvent>? onEvent = null,
            TimeSpan? interval = null, CancellationToken ct = default)
        {
            var end = DateTime.UtcNow + timeout;
            StackEvent? firstFailed = null;
            var pacing = new Waiting.WaitOptions { Interval = interval ?? TimeSpan.FromSeconds(2), Timeout = timeout };
            var started = DateTime.UtcNow;
            for (var polls = 1; ; polls++)
            {
                var done = false;
                try
                {
                    await foreach (var e in ListEventsAsync(stack, marker: marker, ct: ct).ConfigureAwait(false))
                    {
                        marker = e.Id;
                        onEvent?.Invoke(e);
                        var own = e.PhysicalResourceId == stack.Id;
                        var status = e.Status ?? "";
                        if (!own && firstFailed == null && status.EndsWith("_FAILED", StringComparison.Ordinal)) firstFailed = e;
                        if (own && (status == action + "_COMPLETE" || status == action + "_FAILED" || status.StartsWith("ROLLBACK_", StringComparison.Ordinal) &&
                            !status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal))) done = true;
                    }
                }
                catch (NotFoundException) when (action == "DELETE") { return null; }
                var current = await GetAsync(stack.Id, ct).ConfigureAwait(false);
                if (current == null)
                {
                    if (action == "DELETE") return null;
                    throw new NotFoundException("Stack " + stack + " disappeared while waiting for " + action + "_COMPLETE.");
                }
                var now = current.Status ?? "";
                if (done || now == action + "_FAILED" || now.StartsWith("ROLLBACK_", StringComparison.Ordinal) && !now.EndsWith("_IN_PROGRESS", StringComparison.Ordinal))
                {
                    if (now == action + "_COMPLETE") return current;
                    if (!now.EndsWith("_IN_PROGRESS", StringComparison.Ordinal)) throw await FailureAsync(current, firstFailed, ct).ConfigureAwait(false);
                }
                if (DateTime.UtcNow >= end)
                    throw new ServiceTimeoutException("Stack " + stack + " did not reach " + action + "_COMPLETE within " + (int)timeout.TotalSeconds + " s (it is " + now + ").");
                await Task.Delay(pacing.PauseAfter(polls, DateTime.UtcNow - started), ct).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The stack's events as they happen: those recorded so far (of one resource when named), then each new one as Heat
        /// records it, read at the pace of a wait, until the stack is in no *_IN_PROGRESS status (its events up to then
        /// included) or is gone. The status is read before the events, so the last read has every event up to it.
        /// </summary>
        public async IAsyncEnumerable<StackEvent> FollowEventsAsync(Stack stack, string? resource = null, int? nestedDepth = null, TimeSpan? interval = null,
            [EnumeratorCancellation] CancellationToken ct = default)
        {
            var pacing = new Waiting.WaitOptions { Interval = interval ?? TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromDays(365) };
            var started = DateTime.UtcNow;
            string? marker = null;
            for (var polls = 1; ; polls++)
            {
                var current = await GetAsync(stack.Id, ct).ConfigureAwait(false);
                var seen = new List<StackEvent>();
                try
                {
                    await foreach (var e in ListEventsAsync(stack, resource, marker, nestedDepth, false, ct).ConfigureAwait(false)) seen.Add(e);
                }
                catch (NotFoundException) when (current == null || (current.Status ?? "").StartsWith("DELETE", StringComparison.Ordinal)) { yield break; }
                foreach (var e in seen)
                {
                    marker = e.Id;
                    yield return e;
                }
                if (current == null || !(current.Status ?? "").EndsWith("_IN_PROGRESS", StringComparison.Ordinal)) yield break;
                await Task.Delay(pacing.PauseAfter(polls, DateTime.UtcNow - started), ct).ConfigureAwait(false);
            }
        }

        /// <summary>Why a stack failed, in one sentence: its status reason and its first failed resource's (Magnum's clusters report this).</summary>
        public async Task<string> DescribeFailureAsync(Stack stack, CancellationToken ct = default) =>
            (await FailureAsync(stack, null, ct).ConfigureAwait(false)).Message;

        /// <summary>The stack's reason and the first failed resource's: from the events seen, else from its resources (nested ones too).</summary>
        private async Task<ResourceFailedException> FailureAsync(Stack stack, StackEvent? firstFailed, CancellationToken ct)
        {
            string? resource = null;
            if (firstFailed != null)
                resource = firstFailed.ResourceName + " " + firstFailed.Status + ": " + firstFailed.StatusReason;
            else
            {
                try
                {
                    await foreach (var r in ListResourcesAsync(stack, 5, ct).ConfigureAwait(false))
                        if ((r.Status ?? "").EndsWith("_FAILED", StringComparison.Ordinal) && (r.Type ?? "").IndexOf(".yaml", StringComparison.Ordinal) < 0)
                        {
                            resource = r.Name + " (" + r.Type + ") " + r.Status + ": " + r.StatusReason;
                            break;
                        }
                }
                catch (OpenStackException) { /* the stack's own reason is still worth reporting */ }
            }
            var message = "Stack " + stack + " went to status " + stack.Status +
                (string.IsNullOrEmpty(stack.StatusReason) ? "" : ": " + stack.StatusReason!.TrimEnd('.')) + "." +
                (resource == null ? "" : " First failed resource: " + resource.TrimEnd('.') + ".");
            return new ResourceFailedException(message, stack.Status ?? "");
        }
    }
}
