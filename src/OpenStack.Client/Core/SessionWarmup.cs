using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// One connect and one server listing against a Keystone and a Nova made up in memory: nothing leaves the process and
    /// nothing is kept. Run on another thread while PowerShell finishes importing the module, it compiles code that a
    /// fresh process would otherwise compile while the user waits: the handlers, the retry pipeline, the JSON of a token
    /// and its catalog, microversion negotiation and paging.
    /// </summary>
    public static class SessionWarmup
    {
        public static async Task RunAsync(CancellationToken ct)
        {
            var config = new CloudConfig
            {
                AuthUrl = "http://warmup.invalid/v3",
                Username = "warmup",
                UserDomainName = "Default",
                Password = new Secret("-"),
                ProjectName = "warmup",
                ProjectDomainName = "Default",
            };
            var options = new OpenStackSessionOptions { TransportHandler = new MadeUpCloud() };
            using var session = await OpenStackSession.ConnectAsync(config, options, ct).ConfigureAwait(false);
            await foreach (var _ in new ResourceClient(session).ListAsync(ComputeResources.Servers, null, null, ct).ConfigureAwait(false)) { }
        }

        private sealed class MadeUpCloud : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
            {
                if (request.Method == HttpMethod.Get)
                    return Task.FromResult(Answer(request, HttpStatusCode.OK, request.RequestUri!.AbsolutePath.Contains("/servers")
                        ? "{\"servers\":[]}"
                        : "{\"version\":{\"id\":\"v2.1\",\"status\":\"CURRENT\",\"version\":\"2.90\",\"min_version\":\"2.1\"}}"));
                var expires = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture);
                var body = "{\"token\":{\"methods\":[\"password\"],\"expires_at\":\"" + expires + "\"," +
                           "\"user\":{\"id\":\"u\",\"name\":\"warmup\",\"domain\":{\"id\":\"default\",\"name\":\"Default\"}}," +
                           "\"project\":{\"id\":\"p\",\"name\":\"warmup\",\"domain\":{\"id\":\"default\",\"name\":\"Default\"}}," +
                           "\"roles\":[{\"id\":\"r\",\"name\":\"member\"}],\"catalog\":[{\"type\":\"compute\",\"name\":\"nova\",\"id\":\"s\"," +
                           "\"endpoints\":[{\"id\":\"e\",\"interface\":\"public\",\"region_id\":\"RegionOne\",\"url\":\"http://warmup.invalid/compute/v2.1\"}]}]}}";
                var response = Answer(request, HttpStatusCode.Created, body);
                response.Headers.Add("X-Subject-Token", "warmup");
                return Task.FromResult(response);
            }

            private static HttpResponseMessage Answer(HttpRequestMessage request, HttpStatusCode status, string body) =>
                new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
        }
    }
}
