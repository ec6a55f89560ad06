using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.LoadBalancing;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// The load balancer's immutable cycle, scripted: a change refused with Octavia's 409 while the tree is PENDING_* is sent
    /// again once the load balancer is ACTIVE; a load balancer that goes to ERROR ends the wait with an error naming it.
    /// </summary>
    public sealed class LoadBalancingClientTests
    {
        private const string Lb = "aaaaaaaa-0000-0000-0000-000000000001";
        private const string ListenerId = "bbbbbbbb-0000-0000-0000-000000000002";
        private const string PoolId = "cccccccc-0000-0000-0000-000000000003";
        private const string Immutable = "{\"faultcode\": \"Client\", \"faultstring\": \"Load Balancer " + Lb + " is immutable and cannot be updated.\", \"debuginfo\": null}";

        private static string LbBody(string status) =>
            "{\"loadbalancer\": {\"id\": \"" + Lb + "\", \"name\": \"web-lb\", \"provisioning_status\": \"" + status + "\", \"operating_status\": \"ONLINE\", \"vip_subnet_id\": \"s1\"}}";

        private static string ListenerBody(string name, string status) =>
            "{\"listener\": {\"id\": \"" + ListenerId + "\", \"name\": \"" + name + "\", \"provisioning_status\": \"" + status + "\", \"protocol\": \"HTTP\", \"protocol_port\": 80, " +
            "\"loadbalancers\": [{\"id\": \"" + Lb + "\"}]}}";

        private static LoadBalancerWait Fast(TimeSpan? timeout = null) =>
            new LoadBalancerWait { Interval = TimeSpan.FromMilliseconds(5), Timeout = timeout ?? TimeSpan.FromSeconds(20) };

        /// <summary>A stub answering by "METHOD path" with the next of a queue of answers per key (the last one repeats).</summary>
        private static async Task<(LoadBalancingClient Client, Func<string[]> Calls)> StubAsync(Dictionary<string, Queue<(int, string)>> script)
        {
            var stub = new StubTransport();
            stub.Handler = r =>
            {
                var key = r.Method.Method + " " + r.RequestUri!.AbsolutePath;
                if (!script.TryGetValue(key, out var answers)) return Task.FromResult(StubTransport.Json(404, "{\"faultstring\": \"Not found: " + key + "\"}"));
                var (status, body) = answers.Count > 1 ? answers.Dequeue() : answers.Peek();
                return Task.FromResult(StubTransport.Json(status, body, "req-" + key.GetHashCode().ToString("x")));
            };
            var session = await stub.ConnectAsync();
            var before = stub.CallList().Count;
            return (new LoadBalancingClient(session), () => stub.CallList().Skip(before).Where(c => !c.StartsWith("POST /identity", StringComparison.Ordinal)).ToArray());
        }

        private static Queue<(int, string)> Answers(params (int, string)[] answers) => new Queue<(int, string)>(answers);

        [Fact]
        public async Task A_change_refused_as_immutable_waits_for_ACTIVE_and_is_sent_again_then_followed_to_ACTIVE()
        {
            var (client, calls) = await StubAsync(new Dictionary<string, Queue<(int, string)>>
            {
                ["PUT /lb/v2/lbaas/listeners/" + ListenerId] = Answers((409, Immutable), (200, ListenerBody("renamed", "PENDING_UPDATE"))),
                // Busy with another change, ACTIVE, then busy with this one, then ACTIVE again.
                ["GET /lb/v2/lbaas/loadbalancers/" + Lb] = Answers((200, LbBody("PENDING_UPDATE")), (200, LbBody("ACTIVE")), (200, LbBody("PENDING_UPDATE")), (200, LbBody("ACTIVE"))),
                ["GET /lb/v2/lbaas/listeners/" + ListenerId] = Answers((200, ListenerBody("renamed", "ACTIVE"))),
            });
            var trace = new ConcurrentQueue<string>();
            HttpTrace.Current = new DelegateTraceSink((_, line) => trace.Enqueue(line), debug: false);
            try
            {
                var listener = await client.UpdateAsync(LoadBalancingResources.Listeners, Lb, ListenerId, new JsonObject { ["name"] = "renamed" }, Fast());
                Assert.Equal("renamed", listener.Name);
                Assert.Equal("ACTIVE", listener.ProvisioningStatus);
            }
            finally { HttpTrace.Current = null; }
            var made = calls();
            Assert.Equal(2, made.Count(c => c.StartsWith("PUT /lb/v2/lbaas/listeners/", StringComparison.Ordinal)));
            Assert.Equal(4, made.Count(c => c == "GET /lb/v2/lbaas/loadbalancers/" + Lb));
            // The second PUT went out only after the load balancer was seen ACTIVE.
            var secondPut = Array.LastIndexOf(made, "PUT /lb/v2/lbaas/listeners/" + ListenerId);
            Assert.Equal("GET /lb/v2/lbaas/loadbalancers/" + Lb, made[secondPut - 1]);
            Assert.Contains(trace, l => l.Contains("Load balancer " + Lb + " is busy with another change (HTTP 409", StringComparison.Ordinal) && l.Contains("immutable", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_create_refused_as_immutable_is_sent_again_once_the_load_balancer_is_ACTIVE()
        {
            var (client, calls) = await StubAsync(new Dictionary<string, Queue<(int, string)>>
            {
                // The load balancer was just asked for (PENDING_CREATE): the listener is refused, then accepted.
                ["POST /lb/v2/lbaas/listeners"] = Answers((409, Immutable), (201, ListenerBody("http", "PENDING_CREATE"))),
                ["GET /lb/v2/lbaas/loadbalancers/" + Lb] = Answers((200, LbBody("PENDING_CREATE")), (200, LbBody("ACTIVE"))),
                ["GET /lb/v2/lbaas/listeners/" + ListenerId] = Answers((200, ListenerBody("http", "ACTIVE"))),
            });
            var options = new ListenerOptions { Name = "http", LoadBalancerId = Lb, Protocol = "HTTP", ProtocolPort = 80 };
            var listener = await client.CreateAsync(LoadBalancingResources.Listeners, Lb, options, Fast());
            Assert.Equal("ACTIVE", listener.ProvisioningStatus);
            Assert.Equal(2, calls().Count(c => c == "POST /lb/v2/lbaas/listeners"));
        }

        [Fact]
        public async Task A_load_balancer_that_goes_to_ERROR_ends_the_wait_with_an_error_naming_it()
        {
            var (client, _) = await StubAsync(new Dictionary<string, Queue<(int, string)>>
            {
                ["POST /lb/v2/lbaas/listeners"] = Answers((201, ListenerBody("http", "PENDING_CREATE"))),
                ["GET /lb/v2/lbaas/loadbalancers/" + Lb] = Answers((200, LbBody("PENDING_UPDATE")), (200, LbBody("ERROR"))),
            });
            var options = new ListenerOptions { Name = "http", LoadBalancerId = Lb, Protocol = "HTTP", ProtocolPort = 80 };
            var ex = await Assert.ThrowsAsync<LoadBalancerFailedException>(() => client.CreateAsync(LoadBalancingResources.Listeners, Lb, options, Fast()));
            Assert.Equal(Lb, ex.LoadBalancerId);
            Assert.Equal("ERROR", ex.Status);
            Assert.StartsWith("Load balancer web-lb (" + Lb + ") went to status ERROR", ex.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<ResourceFailedException>(ex);
        }

        [Fact]
        public async Task Another_conflict_is_an_error_at_once_and_a_load_balancer_busy_past_the_timeout_is_a_timeout()
        {
            var duplicate = "{\"faultcode\": \"Client\", \"faultstring\": \"Another Listener on this Load Balancer is already using protocol_port 80\", \"debuginfo\": null}";
            var (client, calls) = await StubAsync(new Dictionary<string, Queue<(int, string)>>
            {
                ["POST /lb/v2/lbaas/listeners"] = Answers((409, duplicate)),
                ["DELETE /lb/v2/lbaas/listeners/" + ListenerId] = Answers((409, Immutable)),
                ["GET /lb/v2/lbaas/loadbalancers/" + Lb] = Answers((200, LbBody("PENDING_UPDATE"))),
            });
            var options = new ListenerOptions { LoadBalancerId = Lb, Protocol = "HTTP", ProtocolPort = 80 };
            var conflict = await Assert.ThrowsAsync<ConflictException>(() => client.CreateAsync(LoadBalancingResources.Listeners, Lb, options, Fast()));
            Assert.Contains("already using protocol_port 80", conflict.Message, StringComparison.Ordinal);
            Assert.Single(calls(), c => c.StartsWith("POST /lb/", StringComparison.Ordinal));
            Assert.DoesNotContain(calls(), c => c.StartsWith("GET /lb/", StringComparison.Ordinal));

            var timeout = await Assert.ThrowsAsync<ServiceTimeoutException>(() =>
                client.DeleteAsync(LoadBalancingResources.Listeners, Lb, ListenerId, Fast(TimeSpan.FromMilliseconds(300))));
            Assert.Contains("still busy with another change", timeout.Message, StringComparison.Ordinal);
            Assert.Contains("immutable", timeout.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_batch_keeps_the_pool_s_members_and_adds_the_new_ones_one_per_address_and_port()
        {
            var existing = new[]
            {
                new Member { Id = "m1", Name = "old", Address = "10.0.0.5", ProtocolPort = 80, Weight = 3, Backup = true, SubnetId = "s1" },
                new Member { Id = "m2", Name = "web1", Address = "10.0.0.6", ProtocolPort = 80, Weight = 1 },
            };
            var added = new[]
            {
                new MemberOptions { Name = "web1", Address = "10.0.0.6", ProtocolPort = 80, Weight = 7, SubnetId = "s1" },
                new MemberOptions { Name = "web2", Address = "10.0.0.7", ProtocolPort = 80, SubnetId = "s1" },
            };
            var batch = LoadBalancingClient.MemberBatch(existing, added);
            Assert.Equal(3, batch.Count);
            Assert.Equal("{\"name\":\"old\",\"address\":\"10.0.0.5\",\"protocol_port\":80,\"subnet_id\":\"s1\",\"weight\":3,\"backup\":true}", batch[0]!.ToJsonString());
            Assert.Equal(7, (int)batch[1]!["weight"]!);
            Assert.Equal("web2", (string)batch[2]!["name"]!);
        }
    }
}
