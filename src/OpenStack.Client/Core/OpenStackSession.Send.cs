using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Http;

namespace OpenStack.Client.Core
{
    public sealed partial class OpenStackSession
    {
        /// <summary>
        /// Sends a request to a service. Error statuses become <see cref="OpenStackException"/>s (with the service's
        /// message and request id) unless <see cref="ServiceRequest.AllowErrorStatus"/> is set.
        /// </summary>
        public async Task<HttpResponseMessage> SendAsync(ServiceRequest request, CancellationToken ct)
        {
            if (_disposed) throw new ObjectDisposedException(nameof(OpenStackSession), "This session was disconnected; run Connect-OpenStack again.");
            foreach (var h in request.Headers)
                if (HeaderRules.Problem(h.Key, h.Value) is string problem) throw new ArgumentException(problem);
            // The address and the token come from one token: a project switch meanwhile cannot pair this project's URL
            // (Cinder's holds the project id) with the other project's token.
            var token = await _tokens.GetValidTokenAsync(ct).ConfigureAwait(false);
            var uri = ResolveUri(request, StateFor(token));
            using var message = new HttpRequestMessage(request.Method, uri) { Content = request.Content };
            var info = message.GetInfo();
            info.Token = token;
            info.ServiceType = ServiceTypes.Canonical(request.ServiceType);
            info.StreamResponse = request.StreamResponse;
            info.NotReplayable = request.NotReplayable;
            info.OmitBodyFromTrace = request.NotReplayable;
            foreach (var h in request.Headers)
                if (!message.Headers.TryAddWithoutValidation(h.Key, h.Value)) message.Content?.Headers.TryAddWithoutValidation(h.Key, h.Value);
            if (request.ExpectContinue) message.Headers.ExpectContinue = true;
            await AddMicroversionAsync(message, request, ct).ConfigureAwait(false);

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(message, request.StreamResponse ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, ct)
                    .ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw Unreachable(request, uri, ex);
            }
            catch (System.IO.IOException ex)
            {
                throw Unreachable(request, uri, ex);
            }
            RequestIdLog.Record(RequestIds.From(response));
            if (response.IsSuccessStatusCode || request.AllowErrorStatus) return response;
            using (response)
            {
                var redirect = RedirectHandler.Target(message, response);
                if (redirect != null)
                    throw new ConfigurationException(new ErrorContext
                    {
                        StatusCode = response.StatusCode, Method = request.Method.Method, Url = uri.GetLeftPart(UriPartial.Path), ServiceType = info.ServiceType,
                        RequestId = RequestIds.From(response),
                        ServiceMessage = "The " + info.ServiceType + " service redirected the request to " + RedirectHandler.Describe(redirect) +
                            ", which was not followed: redirects are followed only within the same scheme, host and port, so the token never " +
                            "goes elsewhere. If the service has moved there, use that address (an endpoint override, or ask the cloud's administrators " +
                            "to fix the catalog)",
                    });
                var body = response.Content == null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                throw OpenStackException.FromStatus(response.StatusCode, request.Method.Method, uri, info.ServiceType, body,
                    response.Content?.Headers.ContentType?.MediaType, RequestIds.From(response));
            }
        }

        private static OpenStackException Unreachable(ServiceRequest request, Uri uri, Exception ex) =>
            TransportErrors.Describe(request.Method.Method, uri, ServiceTypes.Canonical(request.ServiceType), ex, RetryHandler.IsIdempotent(request.Method));

        /// <summary>Sends and parses a JSON body with source-generated metadata.</summary>
        public async Task<T> SendJsonAsync<T>(ServiceRequest request, JsonTypeInfo<T> type, CancellationToken ct)
        {
            using var response = await SendAsync(request, ct).ConfigureAwait(false);
#if NET5_0_OR_GREATER
            using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
#else
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            try
            {
                return (await JsonSerializer.DeserializeAsync(stream, type, ct).ConfigureAwait(false))!;
            }
            catch (JsonException ex)
            {
                throw Unreadable(request, response, ex);
            }
        }

        /// <summary>GETs and parses a resource; null when the service answers 404.</summary>
        public async Task<T?> GetOrNullAsync<T>(string serviceType, string path, JsonTypeInfo<T> type, CancellationToken ct) where T : class
        {
            try
            {
                return await SendJsonAsync(new ServiceRequest(HttpMethod.Get, serviceType, path), type, ct).ConfigureAwait(false);
            }
            catch (NotFoundException)
            {
                return null;
            }
        }

        /// <summary>Sends and returns the JSON body as a document (null for an empty body).</summary>
        public async Task<JsonDocument?> SendForDocumentAsync(ServiceRequest request, CancellationToken ct)
        {
            using var response = await SendAsync(request, ct).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (bytes.Length == 0) return null;
            try
            {
                return JsonDocument.Parse(bytes);
            }
            catch (JsonException ex)
            {
                throw Unreadable(request, response, ex);
            }
        }

        /// <summary>A success whose body is cut short or not JSON: the status and request id let the operator find the call.</summary>
        private static InvalidResponseException Unreadable(ServiceRequest request, HttpResponseMessage response, JsonException ex)
        {
            var type = ServiceTypes.Canonical(request.ServiceType);
            return new InvalidResponseException(new ErrorContext
            {
                StatusCode = response.StatusCode,
                Method = request.Method.Method,
                Url = response.RequestMessage?.RequestUri?.GetLeftPart(UriPartial.Path) ?? request.Path,
                ServiceType = type,
                RequestId = RequestIds.From(response),
                ServiceMessage = "The " + type + " service answered with a body that is not complete, valid JSON (" + ex.Message +
                                 "); the call may have worked, but its result cannot be read",
            }, ex)
            {
                RecommendedAction = "Try again; if it persists, give the request id to the cloud's operators (a proxy or the service cut the answer short).",
            };
        }

        private Uri ResolveUri(ServiceRequest request, ScopeState state)
        {
            if (Uri.TryCreate(request.Path, UriKind.Absolute, out var absolute) && (absolute.Scheme == "http" || absolute.Scheme == "https"))
            {
                // The token goes with the request: only to the cloud's own services.
                if (!IsCloudAuthority(absolute))
                    throw new ConfigurationException("'" + absolute.GetLeftPart(UriPartial.Authority) + "' is not an endpoint of this cloud; " +
                        "the session sends its token only to the services in its catalog, its endpoint overrides and Keystone.");
                return absolute;
            }
            var endpoint = GetEndpoint(request.ServiceType, state);
            // A leading slash still means "under the versioned endpoint": users write /servers, not servers; and a path
            // that repeats the endpoint's version (/v3/projects) is not doubled.
            return EndpointVersion.Resolve(endpoint, request.Path);
        }

        private bool IsCloudAuthority(Uri uri)
        {
            bool Same(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) &&
                                     string.Equals(u.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase) &&
                                     string.Equals(u.Authority, uri.Authority, StringComparison.OrdinalIgnoreCase);
            if (Same(AuthUrl.ToString())) return true;
            foreach (var e in Catalog.Endpoints) if (Same(e.Url)) return true;
            foreach (var o in _config.EndpointOverrides.Values) if (Same(o)) return true;
            return false;
        }

        private async Task AddMicroversionAsync(HttpRequestMessage message, ServiceRequest request, CancellationToken ct)
        {
            var name = ServiceTypes.MicroversionName(request.ServiceType);
            if (name == null || request.Microversion == "") return;
            var version = request.Microversion != null ? Microversion.Parse(request.Microversion) : await GetMicroversionAsync(request.ServiceType, ct).ConfigureAwait(false);
            if (version == null) return;
            message.Headers.TryAddWithoutValidation("OpenStack-API-Version", name + " " + version);
            // Nova before 2.27 reads only its legacy header.
            if (name == "compute") message.Headers.TryAddWithoutValidation("X-OpenStack-Nova-API-Version", version.ToString());
        }
    }
}
