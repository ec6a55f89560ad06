using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// A scripted network for faults a real cloud cannot produce on demand (503 bursts, 429, resets, slow replies,
    /// concurrent 401s). It answers Keystone's token request itself, with a catalog pointing back at it.
    /// </summary>
    internal sealed class StubTransport : HttpMessageHandler
    {
        public const string Base = "http://stub.test";
        private int _tokenCounter;

        public Func<HttpRequestMessage, Task<HttpResponseMessage>> Handler { get; set; } = _ => Task.FromResult(Json(200, "{}"));
        public ConcurrentQueue<string> Calls { get; } = new ConcurrentQueue<string>();
        public ConcurrentQueue<string> Bodies { get; } = new ConcurrentQueue<string>();
        public int TokensIssued => Volatile.Read(ref _tokenCounter);
        /// <summary>How long the service takes to answer (honours cancellation, like a real socket).</summary>
        public TimeSpan Delay { get; set; }
        /// <summary>Tokens the services accept; by default every token issued.</summary>
        public Func<string, bool> TokenValid { get; set; } = _ => true;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var line = request.Method.Method + " " + request.RequestUri!.PathAndQuery;
            Calls.Enqueue(line);
            if (request.Content != null) Bodies.Enqueue(await request.Content.ReadAsStringAsync(ct));
            if (request.RequestUri.AbsolutePath == "/identity/v3/auth/tokens" && request.Method == HttpMethod.Post)
            {
                var n = Interlocked.Increment(ref _tokenCounter);
                var body = TokenBodyLasting(TokenLifetime);
                // Cinder only where a test asks for it: others check what a cloud without it says.
                if (WithBlockStorage) body = body.Replace("\"catalog\":[", "\"catalog\":[" + BlockStorageEntry + ",");
                var r = Json(201, body);
                r.Headers.Add("X-Subject-Token", "tok" + n);
                return r;
            }
            var token = request.Headers.TryGetValues("X-Auth-Token", out var t) ? string.Join("", t) : "";
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
            if (!TokenValid(token)) return Json(401, "{\"error\":{\"code\":401,\"message\":\"The request you have made requires authentication.\"}}");
            return await Handler(request);
        }

        /// <summary>An answer with no body (Swift's to a HEAD or a PUT).</summary>
        public static HttpResponseMessage Empty(int status) => new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(Array.Empty<byte>()) };

        public static HttpResponseMessage Json(int status, string body, string? requestId = null)
        {
            var r = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (requestId != null) r.Headers.Add("x-openstack-request-id", requestId);
            return r;
        }

        /// <summary>Whether the catalog has Cinder (at /volume/v3/p1, microversion 3.60).</summary>
        public bool WithBlockStorage { get; set; }

        private const string BlockStorageEntry = "{\"type\":\"block-storage\",\"name\":\"cinder\",\"id\":\"s7\",\"endpoints\":[{\"id\":\"e7\"," +
            "\"interface\":\"public\",\"region_id\":\"RegionOne\",\"url\":\"" + Base + "/volume/v3/p1\"}]}";

        /// <summary>How long the tokens it issues last.</summary>
        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

        public static string TokenBody => TokenBodyLasting(TimeSpan.FromHours(1));

        public static string TokenBodyLasting(TimeSpan lifetime) => @"{""token"":{""expires_at"":""" + DateTimeOffset.UtcNow.Add(lifetime).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ") + @""",
          ""user"":{""id"":""u1"",""name"":""alice"",""domain"":{""id"":""default"",""name"":""Default""}},
          ""project"":{""id"":""p1"",""name"":""demo"",""domain"":{""id"":""default"",""name"":""Default""}},
          ""roles"":[{""id"":""r1"",""name"":""member""}],
          ""catalog"":[
            {""type"":""compute"",""name"":""nova"",""id"":""s1"",""endpoints"":[{""id"":""e1"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/compute/v2.1""}]},
            {""type"":""network"",""name"":""neutron"",""id"":""s2"",""endpoints"":[{""id"":""e2"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/network""}]},
            {""type"":""image"",""name"":""glance"",""id"":""s3"",""endpoints"":[{""id"":""e3"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/image""}]},
            {""type"":""identity"",""name"":""keystone"",""id"":""s4"",""endpoints"":[{""id"":""e4"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/identity/v3""}]},
            {""type"":""container-infra"",""name"":""magnum"",""id"":""s5"",""endpoints"":[{""id"":""e5"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/magnum/v1""}]},
            {""type"":""object-store"",""name"":""swift"",""id"":""s6"",""endpoints"":[{""id"":""e6"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/swift/v1/AUTH_p1""}]},
            {""type"":""load-balancer"",""name"":""octavia"",""id"":""s7"",""endpoints"":[{""id"":""e7"",""interface"":""public"",""region_id"":""RegionOne"",""url"":""" + Base + @"/lb""}]}
          ]}}";

        public async Task<OpenStackSession> ConnectAsync(Action<OpenStackSessionOptions>? tune = null)
        {
            var options = new OpenStackSessionOptions { TransportHandler = this, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
            tune?.Invoke(options);
            var config = new CloudConfig
            {
                AuthUrl = Base + "/identity", Username = "alice", UserDomainId = "default", Password = new Secret("hunter2"),
                ProjectName = "demo", ProjectDomainId = "default",
                ApiVersions = { ["compute"] = "2.79", ["block-storage"] = "3.60" },
            };
            return await OpenStackSession.ConnectAsync(config, options, CancellationToken.None);
        }

        public List<string> CallList() => new List<string>(Calls);
    }
}
