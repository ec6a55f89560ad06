using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// Waits inside a <see cref="WaitBatch"/> poll with one changes-since listing for all servers, against a stub Nova
    /// that honours changes-since (on its own clock) and pages its listings five servers at a time.
    /// </summary>
    public class BatchPollerTests
    {
        /// <summary>Servers being stopped: each shows "powering-off" until its time, then settles (on the service's clock).</summary>
        private sealed class FakeNova
        {
            public sealed class Srv
            {
                public string Id = "";
                public DateTimeOffset Started, DoneAt;
                public string DoneStatus = "SHUTOFF";
                public string? Fault;
                // Nova records the fault after it saves ERROR, and the fault does not change the server's update time.
                public TimeSpan FaultLag;
                // A deleted server's record stays (status DELETED) this long after its last update, then a GET is 404.
                public TimeSpan DestroyLag;
            }

            public TimeSpan Clock;
            public readonly ConcurrentDictionary<string, Srv> Servers = new ConcurrentDictionary<string, Srv>();
            public readonly ConcurrentQueue<int> ListingSizes = new ConcurrentQueue<int>();
            public int Pages;
            // When each GET came, on Nova's clock.
            public readonly ConcurrentQueue<DateTimeOffset> GetTimes = new ConcurrentQueue<DateTimeOffset>();
            public int Gets => GetTimes.Count;
            public DateTimeOffset Now => DateTimeOffset.UtcNow + Clock;

            public List<string> Add(int count, Func<int, TimeSpan> doneAfter)
            {
                var ids = new List<string>();
                for (var i = 0; i < count; i++)
                {
                    var id = Guid.NewGuid().ToString();
                    Servers[id] = new Srv { Id = id, Started = Now, DoneAt = Now + doneAfter(i) };
                    ids.Add(id);
                }
                return ids;
            }

            private JsonObject View(Srv s)
            {
                var done = Now >= s.DoneAt;
                var o = new JsonObject
                {
                    ["id"] = s.Id, ["name"] = "web-" + s.Id.Substring(0, 4),
                    ["status"] = done ? s.DoneStatus : "ACTIVE", ["OS-EXT-STS:task_state"] = done ? null : "powering-off",
                };
                if (done && s.Fault != null && Now >= s.DoneAt + s.FaultLag) o["fault"] = new JsonObject { ["message"] = s.Fault, ["code"] = 500 };
                return o;
            }

            private DateTimeOffset Changed(Srv s) => Now >= s.DoneAt ? s.DoneAt : s.Started;

            public Task<HttpResponseMessage> Handle(HttpRequestMessage request)
            {
                var path = request.RequestUri!.AbsolutePath;
                var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
                HttpResponseMessage r;
                if (path.EndsWith("/servers/detail", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref Pages);
                    var since = DateTimeOffset.Parse(query["changes-since"]!, CultureInfo.InvariantCulture);
                    var changed = Servers.Values.Where(s => Changed(s) >= since).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
                    if (query["marker"] == null) ListingSizes.Enqueue(changed.Count);
                    var page = changed.Where(s => query["marker"] == null || string.CompareOrdinal(s.Id, query["marker"]) > 0).Take(5).ToList();
                    var body = new JsonObject { ["servers"] = new JsonArray(page.Select(s => (JsonNode)View(s)).ToArray()) };
                    if (page.Count == 5)
                        body["servers_links"] = new JsonArray(new JsonObject
                        {
                            ["rel"] = "next",
                            ["href"] = "http://nova.internal/v2.1/servers/detail?changes-since=" + Uri.EscapeDataString(query["changes-since"]!) + "&marker=" + page[4].Id,
                        });
                    r = StubTransport.Json(200, body.ToJsonString());
                }
                else
                {
                    GetTimes.Enqueue(Now);
                    var id = path.Substring(path.LastIndexOf('/') + 1);
                    r = Servers.TryGetValue(id, out var s) && (s.DoneStatus != "DELETED" || Now < s.DoneAt + s.DestroyLag)
                        ? StubTransport.Json(200, new JsonObject { ["server"] = View(s) }.ToJsonString())
                        : StubTransport.Json(404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Instance could not be found.\"}}");
                }
                r.Headers.Date = Now;
                return Task.FromResult(r);
            }
        }

        private static async Task<(List<Task<Server?>> Waits, TimeSpan Took)> StopAllAsync(OpenStackSession session, IEnumerable<string> ids, WaitBatch? batch,
            CancellationToken ct = default)
        {
            var client = new ComputeClient(session);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            WaitBatch.Current = batch;
            WaitBatch.OperationStart = DateTimeOffset.UtcNow;
            List<Task<Server?>> waits;
            try
            {
                // Each wait asks for its first poll before this returns: all of them share the first listing.
                waits = ids.Select(id => client.WaitForServerAsync(id, ComputeResources.Servers.WaitFor("SHUTOFF"), ct)).ToList();
            }
            finally
            {
                WaitBatch.Current = null;
                WaitBatch.OperationStart = null;
            }
            try { await Task.WhenAll(waits); } catch { /* each wait is looked at by the test */ }
            return (waits, watch.Elapsed);
        }

        [Fact]
        public async Task Twelve_or_forty_eight_waits_ask_nova_about_as_often_and_not_with_a_GET_each()
        {
            var requests = new Dictionary<int, (int Pages, int Gets, TimeSpan Took, int Listings)>();
            foreach (var count in new[] { 12, 48 })
            {
                var nova = new FakeNova();
                var stub = new StubTransport { Handler = nova.Handle };
                using var session = await stub.ConnectAsync();
                var ids = nova.Add(count, i => TimeSpan.FromMilliseconds(1200 + 100 * (i % 6)));
                var (waits, took) = await StopAllAsync(session, ids, new WaitBatch());
                Assert.All(waits, w => Assert.Equal("SHUTOFF", w.Result!.Status));
                requests[count] = (nova.Pages, nova.Gets, took, nova.ListingSizes.Count);
            }
            foreach (var (count, r) in requests)
            {
                // GETs only for the last one or two still waiting, as for one or two waits alone.
                Assert.True(r.Gets <= 6, count + " servers: " + r.Gets + " GETs");
                // One listing per half second at most (the first pauses of a wait), whatever the number of servers.
                Assert.True(r.Listings <= 2 + r.Took.TotalSeconds / BatchPoller<Server>.MinGap.TotalSeconds, count + " servers: " + r.Listings + " listings in " + r.Took);
            }
            // 48 servers are more pages of the same listings (five servers a page here), not more listings.
            Assert.True(requests[48].Listings <= requests[12].Listings + 2, requests[12].Listings + " listings for 12, " + requests[48].Listings + " for 48");
            Assert.True(requests[48].Gets <= requests[12].Gets + 4, requests[12].Gets + " GETs for 12, " + requests[48].Gets + " for 48");

            // Without a batch, the same twelve waits make a GET each per poll.
            var alone = new FakeNova();
            using (var session = await new StubTransport { Handler = alone.Handle }.ConnectAsync())
            {
                var (waits, _) = await StopAllAsync(session, alone.Add(12, i => TimeSpan.FromMilliseconds(1200 + 100 * (i % 6))), null);
                Assert.All(waits, w => Assert.Equal("SHUTOFF", w.Result!.Status));
            }
            Assert.Equal(0, alone.Pages);
            Assert.True(alone.Gets >= 36, alone.Gets + " GETs");
        }

        [Fact]
        public async Task Waits_that_share_a_listing_keep_polling_every_half_second_and_see_a_late_change_sooner()
        {
            // Done at 6 s: with pauses of 0.5, 1, 2, 2... s a wait polls at about 0, 0.6, 1.7, 3.8, 5.9 and 7.9 s and sees it
            // at 7.9 s; sharing one listing, its polls stay about half a second apart and it sees the change by about 6.6 s.
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var (waits, took) = await StopAllAsync(session, nova.Add(12, _ => TimeSpan.FromSeconds(6)), new WaitBatch());
            Assert.All(waits, w => Assert.Equal("SHUTOFF", w.Result!.Status));
            Assert.True(took < TimeSpan.FromSeconds(7.3), "took " + took);
            // Still one listing per half second at most, and no GET each.
            Assert.True(nova.ListingSizes.Count <= 2 + took.TotalSeconds / BatchPoller<Server>.MinGap.TotalSeconds, nova.ListingSizes.Count + " listings in " + took);
            Assert.True(nova.Gets <= 2, nova.Gets + " GETs");
        }

        // No GET while nothing changed. After the change, waits whose polls drifted (a loaded machine) past the others' read
        // may end as the last one or two, which read with GETs.
        private static void AssertNoGetBeforeTheChange(FakeNova nova)
        {
            var changed = nova.Servers.Values.Min(s => s.DoneAt);
            Assert.All(nova.GetTimes, t => Assert.True(t >= changed, "a GET " + (changed - t).TotalMilliseconds + " ms before the change"));
            Assert.InRange(nova.Gets, 0, BatchPoller<Server>.SingleGetLimit);
        }

        [Fact]
        public async Task A_server_absent_from_the_listing_keeps_its_last_state_and_its_change_after_it_is_seen()
        {
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var ids = nova.Add(4, _ => TimeSpan.FromMilliseconds(5500));
            var (waits, _) = await StopAllAsync(session, ids, new WaitBatch { Margin = TimeSpan.FromMilliseconds(500) });
            Assert.All(waits, w => Assert.Equal("SHUTOFF", w.Result!.Status));
            AssertNoGetBeforeTheChange(nova);
            // The listings between the stop and its end showed nothing: nothing had changed.
            Assert.Contains(0, nova.ListingSizes);
        }

        [Fact]
        public async Task A_service_clock_an_hour_behind_costs_one_GET_each_on_the_first_poll_only()
        {
            var nova = new FakeNova { Clock = TimeSpan.FromHours(-1) };
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var ids = nova.Add(6, _ => TimeSpan.FromMilliseconds(2500));
            var (waits, _) = await StopAllAsync(session, ids, new WaitBatch());
            Assert.All(waits, w => Assert.Equal("SHUTOFF", w.Result!.Status));
            // The first listing asked from our clock's time, an hour in Nova's future, and showed none of them.
            Assert.Equal(0, nova.ListingSizes.First());
            // One GET each for that first poll; on a loaded machine the first one or two waits may ask before the others
            // and, polling alone, read with a GET of their own first.
            Assert.True(nova.Gets <= 6 + BatchPoller<Server>.SingleGetLimit, nova.Gets + " GETs");
            Assert.True(nova.ListingSizes.Skip(1).All(n => n == 6), string.Join(",", nova.ListingSizes));
        }

        [Fact]
        public async Task A_server_in_error_fails_its_wait_with_its_fault_and_the_others_end_well()
        {
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var ids = nova.Add(5, _ => TimeSpan.FromMilliseconds(800));
            nova.Servers[ids[2]].DoneStatus = "ERROR";
            nova.Servers[ids[2]].Fault = "No valid host was found.";
            var (waits, _) = await StopAllAsync(session, ids, new WaitBatch());
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => waits[2]);
            Assert.Equal("server " + ids[2] + " went to status ERROR: No valid host was found.", ex.Message);
            Assert.All(waits.Where((_, i) => i != 2), w => Assert.Equal("SHUTOFF", w.Result!.Status));
            AssertNoGetBeforeTheChange(nova);
        }

        [Fact]
        public async Task A_server_listed_in_error_before_its_fault_is_recorded_is_read_with_a_GET_for_it()
        {
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var ids = nova.Add(5, _ => TimeSpan.FromMilliseconds(800));
            nova.Servers[ids[2]].DoneStatus = "ERROR";
            nova.Servers[ids[2]].Fault = "No valid host was found.";
            // Polls near 0, 0.5 and 1.5 s: the third sees ERROR at 0.8 s without the fault of 2 s.
            nova.Servers[ids[2]].FaultLag = TimeSpan.FromMilliseconds(1200);
            var (waits, _) = await StopAllAsync(session, ids, new WaitBatch());
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => waits[2]);
            // It is read once more, with a GET of its own (on a loaded machine a late poll may see the fault first: no GET);
            // waits whose polls drifted into a later read than the others' may end as the last one or two, with GETs.
            Assert.Equal("server " + ids[2] + " went to status ERROR: No valid host was found.", ex.Message);
            Assert.All(waits.Where((_, i) => i != 2), w => Assert.Equal("SHUTOFF", w.Result!.Status));
            Assert.InRange(nova.Gets, 0, 1 + BatchPoller<Server>.SingleGetLimit);
        }

        [Fact]
        public async Task A_server_listed_as_deleted_is_read_again_and_its_404_ends_the_wait_as_before()
        {
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var ids = nova.Add(4, _ => TimeSpan.FromMilliseconds(600));
            nova.Servers[ids[0]].DoneStatus = "DELETED";
            var (waits, _) = await StopAllAsync(session, ids, new WaitBatch());
            var ex = await Assert.ThrowsAsync<NotFoundException>(() => waits[0]);
            Assert.Equal("server " + ids[0] + " disappeared while waiting for status SHUTOFF.", ex.Message);
            Assert.Equal(1, nova.Gets);

            // Waiting for deletion, the same 404 is the end.
            var gone = new FakeNova();
            using var session2 = await new StubTransport { Handler = gone.Handle }.ConnectAsync();
            var doomed = gone.Add(3, _ => TimeSpan.FromMilliseconds(600));
            foreach (var id in doomed) gone.Servers[id].DoneStatus = "DELETED";
            var resources = new ResourceClient(session2);
            WaitBatch.Current = new WaitBatch();
            try
            {
                var results = await Task.WhenAll(doomed.Select(id => resources.WaitAsync(ComputeResources.Servers, id, ComputeResources.Servers.WaitForDeletion())));
                Assert.All(results, Assert.Null);
            }
            finally { WaitBatch.Current = null; }
        }

        [Fact]
        public async Task A_deleted_server_whose_record_stays_past_the_listing_window_is_read_until_it_is_gone()
        {
            // Nova saves vm_state deleted (listed as DELETED), then removes the record up to half a minute later, leaving its
            // update time as it was: after that, no listing of changes shows it again.
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var doomed = nova.Add(4, _ => TimeSpan.FromMilliseconds(600));
            foreach (var id in doomed) { nova.Servers[id].DoneStatus = "DELETED"; nova.Servers[id].DestroyLag = TimeSpan.FromSeconds(3); }
            var resources = new ResourceClient(session);
            WaitBatch.Current = new WaitBatch { Margin = TimeSpan.FromSeconds(1) };
            Task<Server?[]> all;
            try { all = Task.WhenAll(doomed.Select(id => resources.WaitAsync(ComputeResources.Servers, id, ComputeResources.Servers.WaitForDeletion()))); }
            finally { WaitBatch.Current = null; }
            Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(15))));
            Assert.All(await all, Assert.Null);
        }

        [Fact]
        public async Task One_or_two_waits_poll_with_GETs_and_a_cancelled_wait_ends_alone()
        {
            // Two at a time, as -ThrottleLimit 2 -Wait runs them: the waits that ended do not count.
            var nova = new FakeNova();
            using var session = await new StubTransport { Handler = nova.Handle }.ConnectAsync();
            var batch = new WaitBatch();
            for (var round = 0; round < 2; round++)
            {
                var (waits, _) = await StopAllAsync(session, nova.Add(2, _ => TimeSpan.FromMilliseconds(700)), batch);
                Assert.All(waits, w => Assert.Equal("SHUTOFF", w.Result!.Status));
            }
            Assert.Equal(0, nova.Pages);
            Assert.True(nova.Gets >= 8, nova.Gets + " GETs");

            var more = new FakeNova();
            using var session2 = await new StubTransport { Handler = more.Handle }.ConnectAsync();
            var ids = more.Add(4, _ => TimeSpan.FromMilliseconds(2000));
            using var cancel = new CancellationTokenSource();
            var client = new ComputeClient(session2);
            WaitBatch.Current = new WaitBatch();
            Task<Server?>[] all;
            try
            {
                all = ids.Select((id, i) => client.WaitForServerAsync(id, ComputeResources.Servers.WaitFor("SHUTOFF"), i == 0 ? cancel.Token : CancellationToken.None)).ToArray();
            }
            finally { WaitBatch.Current = null; }
            cancel.CancelAfter(700);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => all[0]);
            Assert.All(await Task.WhenAll(all.Skip(1)), s => Assert.Equal("SHUTOFF", s!.Status));
        }

        [Fact]
        public async Task Volumes_being_deleted_are_followed_by_listings_alone_and_one_in_error_deleting_fails()
        {
            var start = DateTimeOffset.UtcNow;
            var ends = new ConcurrentDictionary<string, (DateTimeOffset At, string Status)>();
            for (var i = 0; i < 5; i++) ends[Guid.NewGuid().ToString()] = (start.AddMilliseconds(1000), i == 3 ? "error_deleting" : "gone");
            var calls = new ConcurrentQueue<string>();
            var stub = new StubTransport
            {
                WithBlockStorage = true,
                Handler = request =>
                {
                    var now = DateTimeOffset.UtcNow;
                    var path = request.RequestUri!.AbsolutePath;
                    var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
                    calls.Enqueue(path.EndsWith("/detail", StringComparison.Ordinal) ? (query["status"] != null ? "deleting" : "changes") : "GET");
                    string Status(string id) => now < ends[id].At ? "deleting" : ends[id].Status;
                    DateTimeOffset Changed(string id) => now < ends[id].At ? start : ends[id].At;
                    HttpResponseMessage r;
                    if (path.EndsWith("/volumes/detail", StringComparison.Ordinal))
                    {
                        var since = query["updated_at"] is string u ? DateTimeOffset.Parse(u.Substring("gte:".Length), CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
                        var shown = ends.Keys.Where(id => Status(id) != "gone" && Changed(id) >= since && (query["status"] == null || Status(id) == query["status"]));
                        r = StubTransport.Json(200, new JsonObject
                        {
                            ["volumes"] = new JsonArray(shown.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["status"] = Status(id) }).ToArray()),
                        }.ToJsonString());
                    }
                    else if (Status(path.Substring(path.LastIndexOf('/') + 1)) != "gone")
                        r = StubTransport.Json(200, new JsonObject { ["volume"] = new JsonObject { ["id"] = path.Substring(path.LastIndexOf('/') + 1), ["status"] = Status(path.Substring(path.LastIndexOf('/') + 1)) } }.ToJsonString());
                    else r = StubTransport.Json(404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Volume could not be found.\"}}");
                    r.Headers.Date = now;
                    return Task.FromResult(r);
                },
            };
            using var session = await stub.ConnectAsync();
            var resources = new ResourceClient(session);
            var volumes = BlockStorage.BlockStorageResources.Volumes;
            WaitBatch.Current = new WaitBatch();
            List<Task<BlockStorage.Volume?>> waits;
            try { waits = ends.Keys.Select(id => resources.WaitAsync(volumes, id, volumes.WaitForDeletion())).ToList(); }
            finally { WaitBatch.Current = null; }
            try { await Task.WhenAll(waits); } catch { /* looked at below */ }
            var ids = ends.Keys.ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                if (ends[ids[i]].Status == "gone") Assert.Null(await waits[i]);
                else Assert.Equal("error_deleting", (await Assert.ThrowsAsync<ResourceFailedException>(() => waits[i])).Status);
            }
            // Gone is told by the listing of those still deleting, not by a GET each (the last one or two may read alone).
            Assert.InRange(calls.Count(c => c == "GET"), 0, BatchPoller<BlockStorage.Volume>.SingleGetLimit);
            Assert.Contains("deleting", calls);
        }
    }
}
