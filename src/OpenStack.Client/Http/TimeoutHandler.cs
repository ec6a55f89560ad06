using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Bounds one attempt (headers and, unless streamed, the body) by the session's request timeout,
    /// so a slow service ends in <see cref="ServiceTimeoutException"/> instead of a hang.
    /// </summary>
    internal sealed class TimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan _timeout;

        public TimeoutHandler(TimeSpan timeout, HttpMessageHandler inner) : base(inner) { _timeout = timeout; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (_timeout != Timeout.InfiniteTimeSpan) cts.CancelAfter(_timeout);
            HttpResponseMessage? response = null;
            try
            {
                response = await base.SendAsync(request, cts.Token).ConfigureAwait(false);
                if (!request.GetInfo().StreamResponse && response.Content != null)
                {
                    // LoadIntoBufferAsync takes no token on netstandard2.0: disposing the response aborts the read.
                    using (cts.Token.Register(r => ((HttpResponseMessage)r!).Dispose(), response))
                        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                    cts.Token.ThrowIfCancellationRequested();
                }
                return response;
            }
            catch (Exception ex) when (ct.IsCancellationRequested && !(ex is OperationCanceledException))
            {
                // The caller cancelled while the body was read: say so, not "disposed".
                response?.Dispose();
                throw new OperationCanceledException("The request was cancelled.", ex, ct);
            }
            catch (Exception ex) when (cts.IsCancellationRequested && !ct.IsCancellationRequested &&
                                       (ex is OperationCanceledException || ex is ObjectDisposedException || ex is System.IO.IOException || ex is HttpRequestException))
            {
                response?.Dispose();
                throw new ServiceTimeoutException(new ErrorContext
                {
                    Method = request.Method.Method,
                    Url = request.RequestUri?.GetLeftPart(UriPartial.Path),
                    ServiceType = request.GetInfo().ServiceType,
                    ServiceMessage = "No complete answer within " + _timeout.TotalSeconds + " s",
                }, ex);
            }
        }
    }
}
