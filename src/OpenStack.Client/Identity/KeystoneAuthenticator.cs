using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Json;

namespace OpenStack.Client.Identity
{
    /// <summary>Gets and revokes Keystone v3 tokens.</summary>
    internal sealed class KeystoneAuthenticator
    {
        private readonly HttpMessageInvoker _http;
        private readonly CloudConfig _config;

        public KeystoneAuthenticator(HttpMessageInvoker http, CloudConfig config)
        {
            _http = http;
            _config = config;
            IdentityUrl = IdentityV3(config.AuthUrl!);
        }

        /// <summary>The auth URL with /v3, whether or not the user wrote it.</summary>
        public Uri IdentityUrl { get; }

        internal static Uri IdentityV3(string authUrl)
        {
            var u = authUrl.Trim().TrimEnd('/');
            if (u.EndsWith("/v2.0", StringComparison.OrdinalIgnoreCase)) u = u.Substring(0, u.Length - 5);
            if (!u.EndsWith("/v3", StringComparison.OrdinalIgnoreCase)) u += "/v3";
            return new Uri(u + "/");
        }

        private string? _projectScope;

        /// <summary>
        /// The project the session was switched to, or null for the configured scope. Re-authentication (expiry, a 401)
        /// uses the original credentials with this scope, so a switched session never falls back to its first project.
        /// </summary>
        public string? ProjectScope
        {
            get => Volatile.Read(ref _projectScope);
            set => Volatile.Write(ref _projectScope, value);
        }

        public Task<AuthToken> AuthenticateAsync(CancellationToken ct) => RequestTokenAsync(AuthRequestWriter.Write(_config, ProjectScope), false, ct);

        /// <summary>
        /// A token for the same user scoped to another project, from the current token (the token method): no password.
        /// Keystone answers 401 when the user has no role there; that is a refusal of the scope, so it is told as 403.
        /// </summary>
        public Task<AuthToken> RescopeAsync(AuthToken current, string projectId, CancellationToken ct) =>
            RequestTokenAsync(AuthRequestWriter.WriteRescope(current.Id, projectId), true, ct);

        private async Task<AuthToken> RequestTokenAsync(byte[] content, bool rescoping, CancellationToken ct)
        {
            var uri = new Uri(IdentityUrl, "auth/tokens");
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new ByteArrayContent(content),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.GetInfo().ServiceType = ServiceTypes.Identity;
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw TransportErrors.Describe("POST", uri, ServiceTypes.Identity, ex, idempotent: true);
            }
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                var redirect = RedirectHandler.Target(request, response);
                if (redirect != null)
                    throw new ConfigurationException("The auth URL " + IdentityUrl + " redirected POST auth/tokens (HTTP " + (int)response.StatusCode + ") to " +
                        RedirectHandler.Describe(redirect) + ", another scheme, host or port: not followed, so the credentials were not sent there. " +
                        "If Keystone lives there, use that address as the auth URL.");
                if (!response.IsSuccessStatusCode && !LooksLikeKeystone(response, body))
                    throw NotKeystone("HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase);
                var keystone = KeystoneNamedElsewhere(response);
                if (keystone != null)
                    throw new ConfigurationException("The auth URL " + IdentityUrl + " is not Keystone v3: the service there refused the token request and " +
                        "sends clients to Keystone at " + keystone + ". Use that address (with /v3) as the auth URL.");
                var status = (int)response.StatusCode;
                if (rescoping && (status == 401 || status == 403))
                    throw OpenStackException.FromStatus(System.Net.HttpStatusCode.Forbidden, "POST", uri, ServiceTypes.Identity, body,
                        response.Content.Headers.ContentType?.MediaType, RequestIds.From(response));
                if (!rescoping && (status == 401 || status == 404) && _config.AuthType == AuthType.Token)
                    // Keystone answers a revoked or expired token with 404 "Could not recognize Fernet token": not a missing object.
                    throw new UnauthorizedException(new ErrorContext
                    {
                        StatusCode = response.StatusCode, Method = "POST", Url = uri.GetLeftPart(UriPartial.Path), ServiceType = ServiceTypes.Identity,
                        RequestId = RequestIds.From(response),
                        ServiceMessage = "The token was not accepted: it has expired or was revoked (Keystone: " +
                                         ErrorBodyParser.Parse(body, response.Content.Headers.ContentType?.MediaType) + ")",
                    })
                    {
                        RecommendedAction = "Get a new token (openstack token issue) and connect again, or connect with -Credential or an application credential.",
                    };
                if (!response.IsSuccessStatusCode)
                    throw OpenStackException.FromStatus(response.StatusCode, "POST", uri, ServiceTypes.Identity, body,
                        response.Content.Headers.ContentType?.MediaType, RequestIds.From(response));
                var tokenId = response.Headers.TryGetValues("X-Subject-Token", out var values) ? values.FirstOrDefault() : null;
                TokenResponse? parsed = null;
                try { parsed = JsonSerializer.Deserialize(body, OpenStackJsonContext.Default.TokenResponse); }
                catch (JsonException) { /* handled below */ }
                if (tokenId == null || parsed?.Token == null)
                    throw NotKeystone("no X-Subject-Token header or token body");
                return new AuthToken(new Secret(tokenId), parsed.Token);
            }
        }

        private ConfigurationException NotKeystone(string what) =>
            new ConfigurationException("The auth URL " + IdentityUrl + " answered, but not like Keystone v3 (" + what + " to POST auth/tokens). " +
                "Check that it is the Keystone endpoint, e.g. https://keystone.example.com:5000/v3.");

        /// <summary>
        /// Another service's 401 looks like Keystone's own (keystonemiddleware writes the same body), but its
        /// WWW-Authenticate header names where Keystone is: somewhere other than the auth URL. Null when it names the
        /// auth URL itself (Keystone refusing the credentials) or nothing.
        /// </summary>
        private Uri? KeystoneNamedElsewhere(HttpResponseMessage response)
        {
            if ((int)response.StatusCode != 401) return null;
            foreach (var challenge in response.Headers.WwwAuthenticate)
            {
                if (!string.Equals(challenge.Scheme, "Keystone", StringComparison.OrdinalIgnoreCase) || challenge.Parameter == null) continue;
                var match = System.Text.RegularExpressions.Regex.Match(challenge.Parameter, "uri=\"([^\"]+)\"");
                if (!match.Success || !Uri.TryCreate(match.Groups[1].Value, UriKind.Absolute, out var named)) continue;
                var sameOrigin = string.Equals(named.Scheme, IdentityUrl.Scheme, StringComparison.OrdinalIgnoreCase) &&
                                 string.Equals(named.Authority, IdentityUrl.Authority, StringComparison.OrdinalIgnoreCase);
                var namedPath = named.AbsolutePath.TrimEnd('/');
                if (namedPath.EndsWith("/v3", StringComparison.OrdinalIgnoreCase)) namedPath = namedPath.Substring(0, namedPath.Length - 3);
                if (!sameOrigin || !IdentityUrl.AbsolutePath.StartsWith(namedPath + "/", StringComparison.OrdinalIgnoreCase)) return named;
            }
            return null;
        }

        /// <summary>
        /// Whether a failed answer came from Keystone: its refusals (401, 403, 400...) carry {"error": {"code", "title",
        /// "message"}}. A redirect, a version list (300), or another service's 404 or 405 means the URL is not Keystone's.
        /// </summary>
        private static bool LooksLikeKeystone(HttpResponseMessage response, string body)
        {
            var status = (int)response.StatusCode;
            if (status != 404 && status != 405 && (status < 300 || status >= 400)) return true;
            try
            {
                using var doc = JsonDocument.Parse(body);
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error) &&
                       error.ValueKind == JsonValueKind.Object && error.TryGetProperty("title", out _);
            }
            catch (JsonException) { return false; }
        }

        /// <summary>DELETE /v3/auth/tokens: the token stops working everywhere.</summary>
        public async Task RevokeAsync(AuthToken token, CancellationToken ct)
        {
            var uri = new Uri(IdentityUrl, "auth/tokens");
            using var request = new HttpRequestMessage(HttpMethod.Delete, uri);
            request.Headers.Add("X-Auth-Token", token.Id.Reveal());
            request.Headers.Add("X-Subject-Token", token.Id.Reveal());
            request.GetInfo().ServiceType = ServiceTypes.Identity;
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode && (int)response.StatusCode != 404)
            {
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                throw OpenStackException.FromStatus(response.StatusCode, "DELETE", uri, ServiceTypes.Identity, body,
                    response.Content.Headers.ContentType?.MediaType, RequestIds.From(response));
            }
        }
    }
}
