using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Writes each attempt to the current <see cref="HttpTrace"/> sink: method, URL, status and time at Verbose;
    /// redacted headers and JSON bodies at Debug.
    /// </summary>
    internal sealed class TraceHandler : DelegatingHandler
    {
        private const int MaxBodyChars = 8192;

        public TraceHandler(HttpMessageHandler inner) : base(inner) { }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (!HttpTrace.IsEnabled(TraceLevel.Verbose)) return await base.SendAsync(request, ct).ConfigureAwait(false);
            var line = request.Method.Method + " " + request.RequestUri;
            HttpTrace.Write(TraceLevel.Verbose, "HTTP " + line);
            if (HttpTrace.IsEnabled(TraceLevel.Debug)) HttpTrace.Write(TraceLevel.Debug, "HTTP request " + line + Environment.NewLine + await DescribeRequest(request).ConfigureAwait(false));
            var watch = Stopwatch.StartNew();
            try
            {
                var response = await base.SendAsync(request, ct).ConfigureAwait(false);
                var id = RequestIds.From(response);
                HttpTrace.Write(TraceLevel.Verbose, "HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase + " in " + watch.ElapsedMilliseconds + " ms" +
                    (id != null ? " (request " + id + ")" : "") + " for " + line);
                if (HttpTrace.IsEnabled(TraceLevel.Debug)) HttpTrace.Write(TraceLevel.Debug, "HTTP response " + line + Environment.NewLine + await DescribeResponse(request, response).ConfigureAwait(false));
                return response;
            }
            catch (Exception ex)
            {
                HttpTrace.Write(TraceLevel.Verbose, "HTTP " + line + " failed after " + watch.ElapsedMilliseconds + " ms: " + ex.GetBaseException().Message);
                throw;
            }
        }

        private static async Task<string> DescribeRequest(HttpRequestMessage request)
        {
            var sb = new StringBuilder();
            foreach (var h in request.Headers) sb.Append(h.Key).Append(": ").Append(Redactor.Header(h.Key, string.Join(", ", h.Value))).AppendLine();
            if (request.Content != null)
            {
                foreach (var h in request.Content.Headers) sb.Append(h.Key).Append(": ").Append(string.Join(", ", h.Value)).AppendLine();
                var info = request.GetInfo();
                if (!info.OmitBodyFromTrace && !info.NotReplayable && IsText(request.Content))
                    sb.AppendLine().Append(Clip(Redactor.Body(await request.Content.ReadAsStringAsync().ConfigureAwait(false))));
            }
            return sb.ToString().TrimEnd();
        }

        private static async Task<string> DescribeResponse(HttpRequestMessage request, HttpResponseMessage response)
        {
            var sb = new StringBuilder();
            foreach (var h in response.Headers) sb.Append(h.Key).Append(": ").Append(Redactor.Header(h.Key, string.Join(", ", h.Value))).AppendLine();
            if (response.Content != null)
            {
                foreach (var h in response.Content.Headers) sb.Append(h.Key).Append(": ").Append(string.Join(", ", h.Value)).AppendLine();
                if (!request.GetInfo().StreamResponse && IsText(response.Content))
                    sb.AppendLine().Append(Clip(Redactor.Body(await response.Content.ReadAsStringAsync().ConfigureAwait(false))));
            }
            return sb.ToString().TrimEnd();
        }

        private static bool IsText(HttpContent content)
        {
            var type = content.Headers.ContentType?.MediaType;
            return type != null && (type.Contains("json") || type.StartsWith("text/", StringComparison.Ordinal));
        }

        private static string Clip(string s) => s.Length <= MaxBodyChars ? s : s.Substring(0, MaxBodyChars) + "… (" + s.Length + " chars)";
    }
}
