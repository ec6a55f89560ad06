using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Waiting;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class StatusWaiterTests
    {
        private sealed class Thing
        {
            public string Status = "";
            public string? Fault;
        }

        private static Func<CancellationToken, Task<Thing?>> Sequence(params Thing?[] states)
        {
            var i = 0;
            return _ => Task.FromResult(states[Math.Min(i++, states.Length - 1)]);
        }

        private static WaitOptions Fast(params string[] targets) => new WaitOptions(targets) { Interval = TimeSpan.FromMilliseconds(1) };

        [Fact]
        public async Task Returns_the_resource_in_its_target_status_and_reports_progress()
        {
            var seen = new List<string>();
            var options = Fast("ACTIVE");
            options.Progress = (status, _) => seen.Add(status);
            var result = await StatusWaiter.WaitAsync(Sequence(new Thing { Status = "BUILD" }, new Thing { Status = "BUILD" }, new Thing { Status = "ACTIVE" }),
                t => t.Status, t => t.Fault, "server web1", options, CancellationToken.None);
            Assert.Equal("ACTIVE", result!.Status);
            Assert.Equal(new[] { "BUILD", "BUILD", "ACTIVE" }, seen);
        }

        [Fact]
        public async Task Fails_fast_on_error_with_the_servers_reason()
        {
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = "BUILD" }, new Thing { Status = "ERROR", Fault = "No valid host was found." }),
                t => t.Status, t => t.Fault, "server web1", Fast("ACTIVE"), CancellationToken.None));
            Assert.Equal("server web1 went to status ERROR: No valid host was found.", ex.Message);
            Assert.Equal("ERROR", ex.Status);
        }

        [Fact]
        public async Task A_failure_seen_before_its_reason_is_recorded_is_read_once_more_for_it()
        {
            // Nova saves ERROR, then records the fault: a poll in between sees ERROR alone.
            // The second read is the late reader's (a GET of its own), not another poll.
            var polls = 0;
            var rereads = 0;
            var late = new LateReason<Thing>(TimeSpan.FromMilliseconds(10), _ => { rereads++; return Task.FromResult<Thing?>(new Thing { Status = "ERROR", Fault = "No valid host was found." }); });
            var states = Sequence(new Thing { Status = "BUILD" }, new Thing { Status = "ERROR" }, new Thing { Status = "ERROR", Fault = "not this one" });
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                c => { polls++; return states(c); }, t => t.Status, t => t.Fault, "server web1", Fast("ACTIVE"), CancellationToken.None, late));
            Assert.Equal("server web1 went to status ERROR: No valid host was found.", ex.Message);
            Assert.Equal((2, 1), (polls, rereads));
            // Without a lag declared, the failure ends the wait at once, with no reason.
            ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = "ERROR" }, new Thing { Status = "ERROR", Fault = "late" }), t => t.Status, t => t.Fault, "server web1", Fast("ACTIVE"), CancellationToken.None));
            Assert.Equal("server web1 went to status ERROR.", ex.Message);
        }

        [Fact]
        public async Task A_failure_from_before_the_request_does_not_end_a_deletion_wait()
        {
            // A cluster that failed to build is being deleted: CREATE_FAILED first, then gone.
            var gone = new WaitOptions { GoneIsSuccess = true, Failures = new[] { "DELETE_FAILED" }, FailureSuffix = null, Interval = TimeSpan.FromMilliseconds(1) };
            Assert.Null(await StatusWaiter.WaitAsync(Sequence(new Thing { Status = "CREATE_FAILED" }, new Thing { Status = "DELETE_IN_PROGRESS" }, null),
                t => t.Status, t => t.Fault, "cluster k8s", gone, CancellationToken.None));
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = "CREATE_FAILED" }, new Thing { Status = "DELETE_FAILED", Fault = "no Heat" }),
                t => t.Status, t => t.Fault, "cluster k8s", gone, CancellationToken.None));
            Assert.Equal("cluster k8s went to status DELETE_FAILED: no Heat.", ex.Message);
        }

        [Fact]
        public async Task The_failure_a_resource_was_already_in_ends_the_wait_only_once_it_comes_again_or_stays()
        {
            WaitOptions Again(TimeSpan grace)
            {
                var o = new WaitOptions { GoneIsSuccess = true, Failures = new[] { "DELETE_FAILED" }, FailureSuffix = null, Interval = TimeSpan.FromMilliseconds(1), StaleFailureGrace = grace };
                o.NoteStatusBefore("DELETE_FAILED");
                return o;
            }
            // Magnum sets DELETE_IN_PROGRESS after it answers the second DELETE: the first polls still see the old failure.
            Assert.Null(await StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = "DELETE_FAILED" }, new Thing { Status = "DELETE_FAILED" }, new Thing { Status = "DELETE_IN_PROGRESS" }, null),
                t => t.Status, t => t.Fault, "cluster dev", Again(TimeSpan.FromSeconds(30)), CancellationToken.None));
            // Once the status has moved, DELETE_FAILED is this deletion's failure.
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = "DELETE_FAILED" }, new Thing { Status = "DELETE_IN_PROGRESS" }, new Thing { Status = "DELETE_FAILED", Fault = "stack in use" }),
                t => t.Status, t => t.Fault, "cluster dev", Again(TimeSpan.FromSeconds(30)), CancellationToken.None));
            Assert.Equal("cluster dev went to status DELETE_FAILED: stack in use.", ex.Message);
            // A service that never takes the request up does not keep the wait going to its timeout.
            ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = "DELETE_FAILED", Fault = "still" }), t => t.Status, t => t.Fault, "cluster dev", Again(TimeSpan.FromMilliseconds(30)), CancellationToken.None));
            Assert.Equal("DELETE_FAILED", ex.Status);
            // Only a failure is noted: a status from before that is not one changes nothing.
            var options = Again(TimeSpan.FromSeconds(30));
            options.NoteStatusBefore("CREATE_COMPLETE");
            Assert.Null(options.FailureBefore);
            options.NoteStatusBefore(null);
            Assert.Null(options.FailureBefore);
        }

        [Theory]
        [InlineData("error_deleting")]
        [InlineData("error_extending")]
        [InlineData("CREATE_FAILED")]
        [InlineData("killed")]
        public async Task Other_failure_statuses(string status)
        {
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => StatusWaiter.WaitAsync(
                Sequence(new Thing { Status = status }), t => t.Status, t => t.Fault, "it", Fast("available", "CREATE_COMPLETE"), CancellationToken.None));
            Assert.Equal(status, ex.Status);
        }

        [Fact]
        public async Task Gone_counts_as_done_when_waiting_for_deletion()
        {
            var options = Fast("DELETED");
            options.GoneIsSuccess = true;
            var result = await StatusWaiter.WaitAsync(Sequence(new Thing { Status = "ACTIVE" }, null), t => t.Status, t => t.Fault, "server web1", options, CancellationToken.None);
            Assert.Null(result);
        }

        [Fact]
        public async Task Gone_is_an_error_otherwise()
        {
            var ex = await Assert.ThrowsAsync<NotFoundException>(() => StatusWaiter.WaitAsync(Sequence(new Thing { Status = "BUILD" }, null),
                t => t.Status, t => t.Fault, "server web1", Fast("ACTIVE"), CancellationToken.None));
            Assert.Contains("disappeared", ex.Message);
        }

        [Fact]
        public async Task Times_out_with_the_last_status()
        {
            var options = Fast("ACTIVE");
            options.Timeout = TimeSpan.FromMilliseconds(50);
            var ex = await Assert.ThrowsAsync<ServiceTimeoutException>(() => StatusWaiter.WaitAsync(Sequence(new Thing { Status = "BUILD" }),
                t => t.Status, t => t.Fault, "server web1", options, CancellationToken.None));
            Assert.Contains("did not reach ACTIVE", ex.Message);
            Assert.Contains("last status BUILD", ex.Message);
        }

        [Fact]
        public async Task Cancellation_stops_the_wait()
        {
            using var cts = new CancellationTokenSource(50);
            var options = Fast("ACTIVE");
            options.Interval = TimeSpan.FromSeconds(30);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StatusWaiter.WaitAsync(Sequence(new Thing { Status = "BUILD" }),
                t => t.Status, t => t.Fault, "server web1", options, cts.Token));
        }

        [Fact]
        public void Polls_come_quickly_at_first_then_once_per_interval_and_never_past_the_timeout()
        {
            var options = new WaitOptions("ACTIVE") { Interval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(60) };
            var pauses = Enumerable.Range(1, 5).Select(n => options.PauseAfter(n, TimeSpan.Zero).TotalSeconds);
            Assert.Equal(new[] { 0.5, 1, 2, 2, 2 }, pauses);
            // Magnum's clusters: a longer interval is reached by doubling.
            options.Interval = TimeSpan.FromSeconds(5);
            Assert.Equal(new[] { 0.5, 1, 2, 4, 5, 5 }, Enumerable.Range(1, 6).Select(n => options.PauseAfter(n, TimeSpan.Zero).TotalSeconds));
            Assert.Equal(TimeSpan.FromSeconds(0.25), options.PauseAfter(7, TimeSpan.FromSeconds(59.75)));
            Assert.Equal(TimeSpan.Zero, options.PauseAfter(7, TimeSpan.FromSeconds(61)));
            options.Interval = TimeSpan.FromMilliseconds(1);
            Assert.Equal(TimeSpan.FromMilliseconds(1), options.PauseAfter(1, TimeSpan.Zero));
        }
    }
}
