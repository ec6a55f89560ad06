using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class HttpPipelineTests
    {
        private static ServiceRequest Get(string path = "servers") => new ServiceRequest(HttpMethod.Get, "compute", path);
        private static ServiceRequest Post(string path = "servers") => ServiceRequest.Json(HttpMethod.Post, "compute", path, "{\"server\":{}}");

        private static int ServiceCalls(StubTransport stub) => stub.CallList().Count(c => !c.Contains("/auth/tokens"));

        [Fact]
        public async Task Get_is_retried_through_a_503_burst()
        {
            var stub = new StubTransport();
            var n = 0;
            stub.Handler = _ => Task.FromResult(Interlocked.Increment(ref n) <= 2 ? StubTransport.Json(503, "busy") : StubTransport.Json(200, "{\"ok\":1}"));
            using var s = await stub.ConnectAsync();
            using var r = await s.SendAsync(Get(), CancellationToken.None);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(3, ServiceCalls(stub));
        }

        [Theory]
        [InlineData(502)]
        [InlineData(504)]
        public async Task Gateway_errors_are_retried(int status)
        {
            var stub = new StubTransport();
            var n = 0;
            stub.Handler = _ => Task.FromResult(Interlocked.Increment(ref n) == 1 ? StubTransport.Json(status, "") : StubTransport.Json(200, "{}"));
            using var s = await stub.ConnectAsync();
            using var r = await s.SendAsync(Get(), CancellationToken.None);
            Assert.Equal(2, ServiceCalls(stub));
        }

        [Fact]
        public async Task Retries_stop_after_three_and_the_error_names_the_service()
        {
            var stub = new StubTransport { Handler = _ => Task.FromResult(StubTransport.Json(503, "{\"message\":\"down for maintenance\"}", "req-503")) };
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<ServiceUnavailableException>(() => s.SendAsync(Get(), CancellationToken.None));
            Assert.Equal(4, ServiceCalls(stub));
            Assert.Contains("down for maintenance", ex.Message);
            Assert.Equal("req-503", ex.RequestId);
            Assert.Equal("compute", ex.ServiceType);
        }

        [Fact]
        public async Task Post_is_not_retried_on_503()
        {
            var stub = new StubTransport { Handler = _ => Task.FromResult(StubTransport.Json(503, "busy")) };
            using var s = await stub.ConnectAsync();
            await Assert.ThrowsAsync<ServiceUnavailableException>(() => s.SendAsync(Post(), CancellationToken.None));
            Assert.Equal(1, ServiceCalls(stub));
        }

        [Fact]
        public async Task Post_is_not_retried_after_a_reset()
        {
            var stub = new StubTransport { Handler = _ => throw new HttpRequestException("reset", new IOException("Connection reset by peer")) };
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<ServiceUnavailableException>(() => s.SendAsync(Post(), CancellationToken.None));
            Assert.Equal(1, ServiceCalls(stub));
            // It may have reached the service: the user is told it was not repeated, and to check before trying again.
            Assert.Contains("did not answer the POST", ex.Message);
            Assert.Contains("not sent again", ex.Message);
        }

        [Fact]
        public async Task A_refused_certificate_is_not_retried_even_on_a_GET()
        {
            var stub = new StubTransport
            {
                Handler = _ => throw new HttpRequestException("The SSL connection could not be established",
                    new System.Security.Authentication.AuthenticationException("The remote certificate is invalid: UntrustedRoot")),
            };
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<CertificateException>(() => s.SendAsync(Get(), CancellationToken.None));
            Assert.Equal(1, ServiceCalls(stub));
            Assert.Contains("TLS certificate of http://stub.test", ex.Message);
            Assert.Contains("UntrustedRoot", ex.Message);
        }

        [Fact]
        public async Task Post_is_retried_when_the_connection_was_refused()
        {
            var stub = new StubTransport();
            var n = 0;
            stub.Handler = _ => Interlocked.Increment(ref n) == 1
                ? throw new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))
                : Task.FromResult(StubTransport.Json(202, "{}"));
            using var s = await stub.ConnectAsync();
            using var r = await s.SendAsync(Post(), CancellationToken.None);
            Assert.Equal(2, ServiceCalls(stub));
        }

        [Fact]
        public async Task Get_is_retried_after_a_reset()
        {
            var stub = new StubTransport();
            var n = 0;
            stub.Handler = _ => Interlocked.Increment(ref n) == 1
                ? throw new HttpRequestException("reset", new IOException("Connection reset by peer"))
                : Task.FromResult(StubTransport.Json(200, "{}"));
            using var s = await stub.ConnectAsync();
            using var r = await s.SendAsync(Get(), CancellationToken.None);
            Assert.Equal(2, ServiceCalls(stub));
        }

        [Theory]
        [InlineData("seconds")]
        [InlineData("date")]
        public async Task Rate_limit_429_honours_Retry_After(string form)
        {
            var stub = new StubTransport();
            var n = 0;
            var waited = new ConcurrentQueue<string>();
            stub.Handler = _ =>
            {
                if (Interlocked.Increment(ref n) > 1) return Task.FromResult(StubTransport.Json(200, "{}"));
                var r = StubTransport.Json(429, "{\"message\":\"slow down\"}");
                if (form == "seconds") r.Headers.TryAddWithoutValidation("Retry-After", "1");
                else r.Headers.TryAddWithoutValidation("Retry-After", DateTimeOffset.UtcNow.AddSeconds(2).ToString("r"));
                return Task.FromResult(r);
            };
            using var s = await stub.ConnectAsync(o => o.MaxRetryDelay = TimeSpan.FromSeconds(3));
            var lines = new ConcurrentQueue<string>();
            HttpTrace.Current = new DelegateTraceSink((_, m) => lines.Enqueue(m), debug: false);
            using var resp = await s.SendAsync(Get(), CancellationToken.None);
            HttpTrace.Current = null;
            Assert.Equal(2, ServiceCalls(stub));
            var retry = Assert.Single(lines, l => l.StartsWith("Retrying", StringComparison.Ordinal));
            Assert.Contains("after HTTP 429", retry);
            // The wait announced is the server's (1-2 s), not the 1 ms backoff the test configured.
            Assert.Matches(@"waiting (1(\.\d+)?|2) s", retry);
        }

        [Fact]
        public async Task Slow_reply_ends_in_a_timeout_not_a_hang()
        {
            var stub = new StubTransport();
            using var s = await stub.ConnectAsync(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(300); o.MaxRetries = 0; });
            stub.Delay = TimeSpan.FromSeconds(30);
            var ex = await Assert.ThrowsAsync<ServiceTimeoutException>(() => s.SendAsync(Get(), CancellationToken.None));
            Assert.Contains("0.3 s", ex.Message);
        }

        [Fact]
        public async Task Caller_cancellation_is_not_a_timeout()
        {
            var stub = new StubTransport();
            using var s = await stub.ConnectAsync();
            stub.Delay = TimeSpan.FromSeconds(30);
            using var cts = new CancellationTokenSource(200);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => s.SendAsync(Get(), cts.Token));
        }

        [Fact]
        public async Task Concurrent_401s_share_one_reauthentication()
        {
            var stub = new StubTransport { Handler = _ => Task.FromResult(StubTransport.Json(200, "{}")) };
            using var s = await stub.ConnectAsync();
            stub.TokenValid = t => t != "tok1";
            var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
            {
                using var r = await s.SendAsync(Get(), CancellationToken.None);
                return r.StatusCode;
            }));
            Assert.All(results, st => Assert.Equal(HttpStatusCode.OK, st));
            Assert.Equal(2, stub.TokensIssued);
            Assert.Equal(2, s.AuthenticationCount);
        }

        [Fact]
        public async Task A_token_near_expiry_is_renewed_before_use()
        {
            // Tokens valid for two seconds are renewed once less than a quarter of that remains.
            var stub = new StubTransport { TokenLifetime = TimeSpan.FromSeconds(2) };
            using var s = await stub.ConnectAsync();
            await Task.Delay(TimeSpan.FromSeconds(1.7));
            using (var r = await s.SendAsync(Get(), CancellationToken.None)) { }
            Assert.Equal(2, stub.TokensIssued);
        }

        [Fact]
        public async Task A_second_401_after_reauthentication_is_an_error()
        {
            var stub = new StubTransport { TokenValid = t => t == "tok1" };
            using var s = await stub.ConnectAsync();
            stub.TokenValid = _ => false;
            var ex = await Assert.ThrowsAsync<UnauthorizedException>(() => s.SendAsync(Get(), CancellationToken.None));
            Assert.Equal(2, stub.TokensIssued);
            Assert.Contains("requires authentication", ex.Message);
        }

        [Fact]
        public async Task Headers_user_agent_token_and_microversion()
        {
            HttpRequestMessage? seen = null;
            var stub = new StubTransport { Handler = r => { seen = r; return Task.FromResult(StubTransport.Json(200, "{}")); } };
            using var s = await stub.ConnectAsync();
            using var resp = await s.SendAsync(Get(), CancellationToken.None);
            Assert.Equal("tok1", seen!.Headers.GetValues("X-Auth-Token").Single());
            Assert.Equal("compute 2.79", seen.Headers.GetValues("OpenStack-API-Version").Single());
            Assert.Equal("2.79", seen.Headers.GetValues("X-OpenStack-Nova-API-Version").Single());
            Assert.StartsWith("OpenStack.PowerShell/", seen.Headers.UserAgent.ToString());
            Assert.Equal("2.79", s.Microversions["compute"]);
        }

        [Fact]
        public async Task Trace_shows_requests_and_never_secrets()
        {
            var stub = new StubTransport { Handler = _ => Task.FromResult(StubTransport.Json(200, "{\"server\":{\"adminPass\":\"Zq8xYpw\"}}", "req-9")) };
            var lines = new ConcurrentQueue<string>();
            HttpTrace.Current = new DelegateTraceSink((_, m) => lines.Enqueue(m));
            using (var s = await stub.ConnectAsync())
            using (var r = await s.SendAsync(Post(), CancellationToken.None)) { }
            HttpTrace.Current = null;
            var all = string.Join("\n", lines);
            Assert.Contains("POST " + StubTransport.Base + "/compute/v2.1/servers", all);
            Assert.Contains("(request req-9)", all);
            Assert.DoesNotContain("hunter2", all);
            Assert.DoesNotContain("tok1", all);
            Assert.DoesNotContain("Zq8xYpw", all);
            Assert.Contains("X-Auth-Token: ***", all);
        }

        [Fact]
        public async Task Error_status_becomes_typed_exception_with_service_message()
        {
            var stub = new StubTransport
            {
                Handler = _ => Task.FromResult(StubTransport.Json(404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Instance nope could not be found.\"}}", "req-404")),
            };
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<NotFoundException>(() => s.SendAsync(Get("servers/nope"), CancellationToken.None));
            Assert.Equal("Instance nope could not be found.", ex.ServiceMessage);
            Assert.Equal("req-404", ex.RequestId);
            Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        }

        [Fact]
        public async Task The_token_is_never_sent_to_a_host_outside_the_cloud()
        {
            var stub = new StubTransport();
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<ConfigurationException>(() => s.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", "http://evil.test/steal"), CancellationToken.None));
            Assert.Contains("not an endpoint of this cloud", ex.Message);
            Assert.DoesNotContain(stub.CallList(), c => c.Contains("steal"));
            using var ok = await s.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", StubTransport.Base + "/compute/v2.1/flavors"), CancellationToken.None);
        }

        [Fact]
        public async Task Missing_service_names_type_and_region()
        {
            var stub = new StubTransport();
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<ConfigurationException>(() => s.SendAsync(new ServiceRequest(HttpMethod.Get, "volumev3", "volumes"), CancellationToken.None));
            Assert.Contains("'block-storage'", ex.Message);
            Assert.Contains("interface 'public'", ex.Message);
        }

        [Fact]
        public async Task Not_keystone_is_a_clear_error()
        {
            var stub = new StubTransport();
            var options = new OpenStackSessionOptions { TransportHandler = new NotKeystone() };
            var config = new CloudConfig { AuthUrl = "http://web.test/", Username = "u", Password = new Secret("p") };
            var ex = await Assert.ThrowsAsync<ConfigurationException>(() => OpenStackSession.ConnectAsync(config, options, CancellationToken.None));
            Assert.Contains("not like Keystone v3", ex.Message);
        }

        private sealed class NotKeystone : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>hello</html>") });
        }

        /// <summary>A cloud issuing 90-second tokens: 20 calls use one token, not one each (a fixed two-minute margin renewed it every call).</summary>
        [Fact]
        public async Task Short_lived_tokens_are_refreshed_in_proportion_to_their_lifetime()
        {
            var stub = new StubTransport { TokenLifetime = TimeSpan.FromSeconds(90) };
            using var s = await stub.ConnectAsync();
            for (var i = 0; i < 20; i++)
                using (await s.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", "flavors"), CancellationToken.None)) { }
            Assert.Equal(1, stub.TokensIssued);
        }
    }
}
