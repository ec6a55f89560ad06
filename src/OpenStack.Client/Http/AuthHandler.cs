using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Puts the session's token on every request, refreshing it shortly before it expires, and on a 401
    /// re-authenticates once (shared by all requests that saw the same stale token) and resends.
    /// </summary>
    internal sealed class AuthHandler : DelegatingHandler
    {
        private readonly TokenProvider _tokens;

        public AuthHandler(TokenProvider tokens, HttpMessageHandler inner) : base(inner) { _tokens = tokens; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var token = request.GetInfo().Token ?? await _tokens.GetValidTokenAsync(ct).ConfigureAwait(false);
            SetToken(request, token);
            var response = await base.SendAsync(request, ct).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized || request.GetInfo().NotReplayable) return response;

            HttpTrace.Write(TraceLevel.Verbose, "HTTP 401 for " + request.Method.Method + " " + request.RequestUri + ": re-authenticating once");
            response.Dispose();
            var fresh = await _tokens.ReauthenticateAsync(token, ct).ConfigureAwait(false);
            SetToken(request, fresh);
            return await base.SendAsync(request, ct).ConfigureAwait(false);
        }

        private static void SetToken(HttpRequestMessage request, AuthToken token)
        {
            request.Headers.Remove("X-Auth-Token");
            request.Headers.TryAddWithoutValidation("X-Auth-Token", token.Id.Reveal());
        }
    }
}
