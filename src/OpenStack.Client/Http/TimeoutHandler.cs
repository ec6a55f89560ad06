using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Bounds a stall, not a transfer: one attempt fails with <see cref="ServiceTimeoutException"/> when nothing moved for
    /// the session's request timeout: no byte of the request body sent, no answer after the body went, no byte of the
    /// answer's body read. An upload or a download that keeps moving runs as long as it needs; one that stops ends at the
    /// limit. A streamed answer (a download) keeps the same bound on each read after this handler returns.
    /// </summary>
    internal sealed class TimeoutHandler : DelegatingHandler
    {
        private const int ChunkSize = 81920;
        private readonly TimeSpan _timeout;

        public TimeoutHandler(TimeSpan timeout, HttpMessageHandler inner) : base(inner) { _timeout = timeout; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (_timeout == Timeout.InfiniteTimeSpan) return await base.SendAsync(request, ct).ConfigureAwait(false);
            using var stall = CancellationTokenSource.CreateLinkedTokenSource(ct);
            void Moved() { try { stall.CancelAfter(_timeout); } catch (ObjectDisposedException) { /* the attempt is over */ } }
            Moved();
            var body = request.Content;
            // Each write of the body to the network restarts the clock; the caller's content goes back in place afterwards.
            if (body != null) request.Content = new ProgressContent(body, Moved);
            HttpResponseMessage? response = null;
            try
            {
                response = await base.SendAsync(request, stall.Token).ConfigureAwait(false);
                Moved();
                if (response.Content != null)
                {
                    if (request.GetInfo().StreamResponse)
                        response.Content = new StallBoundContent(response.Content, _timeout, ex => Stalled(request, ex, "no data of the answer arrived"));
                    else
                        await BufferAsync(response, stall.Token, Moved).ConfigureAwait(false);
                }
                return response;
            }
            catch (Exception ex) when (ct.IsCancellationRequested && !(ex is OperationCanceledException))
            {
                // The caller cancelled while the body was read: say so, not "disposed".
                response?.Dispose();
                throw new OperationCanceledException("The request was cancelled.", ex, ct);
            }
            catch (Exception ex) when (stall.IsCancellationRequested && !ct.IsCancellationRequested && IsAbort(ex))
            {
                response?.Dispose();
                throw Stalled(request, ex, response == null ? "nothing moved" : "no data of the answer arrived");
            }
            finally
            {
                if (body != null) request.Content = body;
            }
        }

        internal static bool IsAbort(Exception ex) =>
            ex is OperationCanceledException || ex is ObjectDisposedException || ex is IOException || ex is HttpRequestException;

        private ServiceTimeoutException Stalled(HttpRequestMessage request, Exception inner, string what) =>
            new ServiceTimeoutException(new ErrorContext
            {
                Method = request.Method.Method,
                Url = request.RequestUri?.GetLeftPart(UriPartial.Path),
                ServiceType = request.GetInfo().ServiceType,
                ServiceMessage = "The request stalled: " + what + " for " + _timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) +
                                 " s (the session's timeout bounds a stall, not a transfer that is moving)",
            }, inner);

        /// <summary>Reads the answer's body into memory, each chunk restarting the clock.</summary>
        private static async Task BufferAsync(HttpResponseMessage response, CancellationToken stall, Action moved)
        {
            var original = response.Content;
            var buffer = new MemoryStream();
            // Disposing the response aborts a read that takes no token (netstandard2.0 handlers).
            using (stall.Register(r => ((HttpResponseMessage)r!).Dispose(), response))
            {
                using var source = await original.ReadAsStreamAsync().ConfigureAwait(false);
                var chunk = new byte[ChunkSize];
                int n;
                while ((n = await source.ReadAsync(chunk, 0, chunk.Length, stall).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, n);
                    moved();
                }
            }
            var buffered = new ByteArrayContent(buffer.ToArray());
            foreach (var h in original.Headers) buffered.Headers.TryAddWithoutValidation(h.Key, h.Value);
            response.Content = buffered;
            original.Dispose();
        }
    }
}
