using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>RequestLimit caps the requests on the wire for everything started under it, and only for that.</summary>
    public class RequestLimitTests
    {
        private static ServiceRequest Get() => new ServiceRequest(HttpMethod.Get, "compute", "servers");

        [Fact]
        public async Task Requests_started_under_a_limit_of_two_are_on_the_wire_two_at_a_time()
        {
            var inFlight = 0;
            var most = 0;
            var stub = new StubTransport
            {
                Handler = async _ =>
                {
                    var now = Interlocked.Increment(ref inFlight);
                    InterlockedMax(ref most, now);
                    await Task.Delay(30);
                    Interlocked.Decrement(ref inFlight);
                    return StubTransport.Json(200, "{}");
                },
            };
            using var s = await stub.ConnectAsync();
            using var gate = new SemaphoreSlim(2);
            RequestLimit.Current = gate;
            try
            {
                var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
                {
                    using var r = await s.SendAsync(Get(), CancellationToken.None);
                    return r.StatusCode;
                })));
                Assert.All(results, st => Assert.Equal(HttpStatusCode.OK, st));
            }
            finally { RequestLimit.Current = null; }
            Assert.Equal(2, most);

            // Outside the limit, the same requests go out together.
            most = 0;
            await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () => { using var r = await s.SendAsync(Get(), CancellationToken.None); })));
            Assert.True(most > 2, most + " requests at once without a limit");
        }

        [Fact]
        public async Task A_reauthentication_under_a_limit_of_one_does_not_wait_behind_the_request_it_serves()
        {
            var stub = new StubTransport { Handler = _ => Task.FromResult(StubTransport.Json(200, "{}")) };
            using var s = await stub.ConnectAsync();
            stub.TokenValid = t => t != "tok1";
            using var gate = new SemaphoreSlim(1);
            RequestLimit.Current = gate;
            try
            {
                var all = Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(async () => { using var r = await s.SendAsync(Get(), CancellationToken.None); })));
                Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))));
                await all;
            }
            finally { RequestLimit.Current = null; }
            Assert.Equal(2, stub.TokensIssued);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
        }
    }
}
