using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Follows redirects itself (the network handler never does), and only within one origin: the same scheme, host and
    /// port as the request. The token, a password in a body, or any other header goes nowhere the request was not
    /// already going. A redirect to another origin, a downgrade to http included, is not followed: the 3xx answer goes
    /// back to the caller, which reports where it pointed. Safe methods follow 301, 302, 303, 307 and 308; others follow
    /// only 307 and 308 (which keep the method and body), and only with a body that can be sent again.
    /// </summary>
    internal sealed class RedirectHandler : DelegatingHandler
    {
        internal const int MaxRedirects = 5;

        public RedirectHandler(HttpMessageHandler inner) : base(inner) { }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct).ConfigureAwait(false);
            for (var hops = 0; ; hops++)
            {
                var target = Target(request, response);
                if (target == null) return response;
                var from = request.RequestUri!;
                var why = WhyNotFollowed(request, response, target, hops);
                if (why != null)
                {
                    HttpTrace.Write(TraceLevel.Verbose, "HTTP " + (int)response.StatusCode + " for " + request.Method.Method + " " + from.GetLeftPart(UriPartial.Path) +
                        " points to " + Describe(target) + ": not followed (" + why + ")");
                    return response;
                }
                HttpTrace.Write(TraceLevel.Verbose, "HTTP " + (int)response.StatusCode + " for " + request.Method.Method + " " + from.GetLeftPart(UriPartial.Path) +
                    ": following to " + Describe(target));
                response.Dispose();
                request.RequestUri = target;
                response = await base.SendAsync(request, ct).ConfigureAwait(false);
            }
        }

        /// <summary>Where a redirect points, resolved against the request; null when the response is not a redirect.</summary>
        internal static Uri? Target(HttpRequestMessage request, HttpResponseMessage response)
        {
            if (!IsRedirect(response.StatusCode)) return null;
            var location = response.Headers.Location;
            if (location == null) return null;
            if (!location.IsAbsoluteUri) location = new Uri(request.RequestUri!, location);
            return location;
        }

        internal static bool IsRedirect(HttpStatusCode status)
        {
            var s = (int)status;
            return s == 301 || s == 302 || s == 303 || s == 307 || s == 308;
        }

        internal static bool SameOrigin(Uri a, Uri b) =>
            string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) &&
            a.Port == b.Port;

        private static string? WhyNotFollowed(HttpRequestMessage request, HttpResponseMessage response, Uri target, int hops)
        {
            if (!SameOrigin(request.RequestUri!, target)) return "another scheme, host or port";
            if (!string.IsNullOrEmpty(target.UserInfo)) return "it carries user information";
            if (hops >= MaxRedirects) return "more than " + MaxRedirects + " redirects";
            var safe = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
            var keepsMethod = (int)response.StatusCode == 307 || (int)response.StatusCode == 308;
            if (!safe && !keepsMethod) return "a " + (int)response.StatusCode + " would turn the " + request.Method.Method + " into a GET";
            if (!safe && request.GetInfo().NotReplayable) return "the body cannot be sent twice";
            return null;
        }

        /// <summary>A redirect target for messages and traces: scheme, host, port and path, never user information or a query.</summary>
        internal static string Describe(Uri target) =>
            target.Scheme + "://" + target.IdnHost + (target.IsDefaultPort ? "" : ":" + target.Port) + target.AbsolutePath;
    }
}
