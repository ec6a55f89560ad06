using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// Redirects from the cloud's services, made by <see cref="FaultProxy"/> in front of the real cloud, towards a
    /// <see cref="RecordingSink"/> on another port of 127.0.0.1 that stands for a host outside the cloud. The session
    /// uses its real network handler, as it does for users.
    /// </summary>
    public sealed class RedirectTests : IAsyncLifetime
    {
        private const int Nova = 8774;
        private FaultProxy _proxy = null!;
        private RecordingSink _sink = null!;

        public async ValueTask InitializeAsync()
        {
            TestCloud.Require();
            _proxy = await FaultProxy.StartAsync(new Uri(TestCloud.AuthUrl));
            _sink = await RecordingSink.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_proxy != null) await _proxy.DisposeAsync();
            if (_sink != null) await _sink.DisposeAsync();
        }

        private Task<OpenStackSession> ConnectThroughProxyAsync()
        {
            var config = Cloud.Config(TestCloud.Demo);
            config.AuthUrl = _proxy.Rewrite(config.AuthUrl!);
            return OpenStackSession.ConnectAsync(config, new OpenStackSessionOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, CancellationToken.None);
        }

        [Theory]
        [InlineData(301)]
        [InlineData(302)]
        [InlineData(307)]
        [InlineData(308)]
        public async Task A_redirect_to_another_port_is_not_followed_and_the_token_stays_home(int status)
        {
            using var session = await ConnectThroughProxyAsync();
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/flavors", Kind = FaultKind.Redirect, Status = status,
                Location = _sink.BaseUrl + "/stolen/flavors" });

            var thrown = await Record.ExceptionAsync(() => session.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", "flavors"), CancellationToken.None));

            Assert.DoesNotContain(_sink.Received, r => r.Headers.Contains("X-Auth-Token", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(_sink.Received);
            var ex = Assert.IsType<ConfigurationException>(thrown);
            Assert.Contains(_sink.BaseUrl + "/stolen/flavors", ex.Message);
            Assert.Contains("not followed", ex.Message);
            Assert.Equal(status, (int)ex.StatusCode!.Value);
            // The session goes on working.
            using var ok = await session.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", "flavors"), CancellationToken.None);
            Assert.True(ok.IsSuccessStatusCode);
        }

        [Fact]
        public async Task A_redirect_within_the_same_service_origin_is_followed()
        {
            using var session = await ConnectThroughProxyAsync();
            var flavors = session.GetEndpoint("compute").GetLeftPart(UriPartial.Path).TrimEnd('/') + "/flavors";
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/moved-flavors", Kind = FaultKind.Redirect, Status = 302, Location = flavors });

            using var r = await session.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", "moved-flavors"), CancellationToken.None);
            var body = await r.Content.ReadAsStringAsync();

            Assert.Contains("\"flavors\"", body);
            Assert.Contains(_proxy.Log, e => e.UpstreamPort == Nova && e.PathAndQuery.EndsWith("/flavors", StringComparison.Ordinal) && e.Status == 200);
        }

        [Theory]
        [InlineData(307)]
        [InlineData(308)]
        public async Task The_password_never_follows_a_redirect_of_the_token_request_to_another_host(int status)
        {
            _proxy.Add(new FaultRule { Method = "POST", PathPattern = "/auth/tokens", Kind = FaultKind.Redirect, Status = status,
                Location = _sink.BaseUrl + "/v3/auth/tokens" });

            var thrown = await Record.ExceptionAsync(ConnectThroughProxyAsync);

            Assert.DoesNotContain(_sink.Received, r => r.Body.Contains(TestCloud.Password(TestCloud.Demo), StringComparison.Ordinal));
            Assert.Empty(_sink.Received);
            var ex = Assert.IsType<ConfigurationException>(thrown);
            Assert.DoesNotContain(TestCloud.Password(TestCloud.Demo), ex.ToString());
            Assert.Contains(_sink.BaseUrl + "/v3/auth/tokens", ex.Message);
            Assert.Contains("not followed", ex.Message);
        }

        [Fact]
        public async Task The_network_handler_itself_follows_nothing()
        {
            // A DELETE redirected with 307 keeps its method: not to another origin either.
            using var session = await ConnectThroughProxyAsync();
            _proxy.Add(new FaultRule { Method = "DELETE", UpstreamPort = Nova, PathPattern = "/os-keypairs/", Kind = FaultKind.Redirect, Status = 307,
                Location = _sink.BaseUrl + "/os-keypairs/x" });
            var thrown = await Record.ExceptionAsync(() =>
                session.SendAsync(new ServiceRequest(HttpMethod.Delete, "compute", "os-keypairs/" + TestCloud.UniqueName("redirect")), CancellationToken.None));
            Assert.Empty(_sink.Received);
            Assert.IsType<ConfigurationException>(thrown);
            Assert.Single(_proxy.Log, e => e.Method == "DELETE");
        }
    }
}
