using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Bench
{
    /// <summary>The same calls with a bare HttpClient: one POST for the token, then plain GETs. No retries, no paging help.</summary>
    internal sealed class RawHttp : IDisposable
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly CloudConfig _config;
        private string _token = "";
        private readonly Dictionary<string, string> _endpoints = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public RawHttp(CloudConfig config) { _config = config; }

        /// <summary>POST /v3/auth/tokens with a password, project-scoped; keeps the token and the public endpoints.</summary>
        public async Task AuthenticateAsync()
        {
            var body = JsonSerializer.Serialize(new
            {
                auth = new
                {
                    identity = new { methods = new[] { "password" }, password = new { user = new { name = _config.Username, domain = new { name = _config.UserDomainName ?? "Default" }, password = _config.Password?.Reveal() } } },
                    scope = new { project = new { name = _config.ProjectName, domain = new { name = _config.ProjectDomainName ?? "Default" } } },
                },
            });
            var url = _config.AuthUrl!.TrimEnd('/');
            if (!url.EndsWith("/v3", StringComparison.Ordinal)) url += "/v3";
            using var response = await _http.PostAsync(url + "/auth/tokens", new StringContent(body, Encoding.UTF8, "application/json")).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            _token = string.Join("", response.Headers.GetValues("X-Subject-Token"));
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            foreach (var service in doc.RootElement.GetProperty("token").GetProperty("catalog").EnumerateArray())
                foreach (var e in service.GetProperty("endpoints").EnumerateArray())
                    if (e.GetProperty("interface").GetString() == "public")
                        _endpoints[service.GetProperty("type").GetString()!] = e.GetProperty("url").GetString()!.TrimEnd('/');
        }

        public string Endpoint(string type) => _endpoints[type];

        /// <summary>The token, for a curl command line beside this client.</summary>
        public string Token => _token;

        private readonly Dictionary<string, string> _versionHeaders = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>
        /// Sends the microversions a session negotiated (compute, volume), so that both ask the services for the same
        /// work: a servers/detail at 2.90 makes Nova do more than one at 2.1.
        /// </summary>
        public async Task SameMicroversionsAsAsync(OpenStackSession session)
        {
            foreach (var (type, catalogType, header) in new[] { ("compute", "compute", "compute"), ("block-storage", "volumev3", "volume") })
            {
                var version = await session.GetMicroversionAsync(type, System.Threading.CancellationToken.None).ConfigureAwait(false);
                if (version != null && _endpoints.TryGetValue(catalogType, out var endpoint)) _versionHeaders[endpoint] = header + " " + version;
            }
        }

        /// <summary>GET and read the whole body; returns it parsed.</summary>
        public async Task<JsonDocument> GetAsync(string url)
        {
            using var request = NewRequest(HttpMethod.Get, url);
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
        }

        /// <summary>POST a JSON body; the answer must be a success, and its body is not read.</summary>
        public async Task PostAsync(string url, string json)
        {
            using var request = NewRequest(HttpMethod.Post, url);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }

        /// <summary>A request with the token and the microversion negotiated for the URL's service.</summary>
        private HttpRequestMessage NewRequest(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Add("X-Auth-Token", _token);
            foreach (var kv in _versionHeaders)
                if (url.StartsWith(kv.Key, StringComparison.Ordinal)) request.Headers.Add("OpenStack-API-Version", kv.Value);
            return request;
        }

        public void Dispose() => _http.Dispose();
    }
}
