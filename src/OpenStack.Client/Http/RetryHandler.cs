using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using OpenStack.Client.Core;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Retries what is safe to retry: idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) on 429/502/503/504 and
    /// connection failures, honouring Retry-After, else exponential backoff with jitter. A POST or PATCH is only
    /// retried when the connection was refused, i.e. the request never reached the server.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new ResiliencePropertyKey<HttpRequestMessage>("OpenStack.Request");
        private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
        private readonly TimeSpan _maxDelay;

        public RetryHandler(OpenStackSessionOptions options, HttpMessageHandler inner) : base(inner)
        {
            _maxDelay = options.MaxRetryDelay;
            if (options.MaxRetries <= 0)
            {
                _pipeline = ResiliencePipeline<HttpResponseMessage>.Empty;
                return;
            }
            _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context.Properties.GetValue(RequestKey, null!), args.Outcome)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                    OnRetry = args =>
                    {
                        var request = args.Context.Properties.GetValue(RequestKey, null!);
                        var why = args.Outcome.Result != null ? "HTTP " + (int)args.Outcome.Result.StatusCode : args.Outcome.Exception?.GetBaseException().Message;
                        HttpTrace.Write(TraceLevel.Verbose, "Retrying " + request.Method.Method + " " + request.RequestUri + " after " + why +
                            " (retry " + (args.AttemptNumber + 1) + " of " + options.MaxRetries + ", waiting " + args.RetryDelay.TotalSeconds.ToString("0.0#") + " s)");
                        return default;
                    },
                })
                .Build();
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var context = ResilienceContextPool.Shared.Get(ct);
            context.Properties.Set(RequestKey, request);
            var attempts = new StrongBox<int>();
            try
            {
                var response = await _pipeline.ExecuteAsync(
                    static (ctx, state) =>
                    {
                        state.attempts.Value++;
                        return new ValueTask<HttpResponseMessage>(state.self.SendOnce(state.request, ctx.CancellationToken));
                    },
                    context, (self: this, request, attempts)).ConfigureAwait(false);
                return attempts.Value > 1 ? GoneAfterRetry(request, response) : response;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        /// <summary>
        /// A DELETE retried after a lost answer finds the resource gone: the first attempt deleted it, which is success,
        /// not a "not found" error.
        /// </summary>
        private static HttpResponseMessage GoneAfterRetry(HttpRequestMessage request, HttpResponseMessage response)
        {
            if (request.Method != HttpMethod.Delete || response.StatusCode != HttpStatusCode.NotFound) return response;
            HttpTrace.Write(TraceLevel.Verbose, "DELETE " + request.RequestUri + " answered 404 on a retry: the earlier attempt had deleted it");
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request, Content = new ByteArrayContent(Array.Empty<byte>()) };
        }

        private Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken ct) => base.SendAsync(request, ct);

        internal static bool ShouldRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome)
        {
            if (request.GetInfo().NotReplayable) return false;
            var idempotent = IsIdempotent(request.Method);
            if (outcome.Exception != null)
            {
                if (outcome.Exception is OperationCanceledException || outcome.Exception is OpenStackException) return false;
                if (TransportErrors.IsCertificateFailure(outcome.Exception)) return false;
                return idempotent ? IsTransportFailure(outcome.Exception) : TransportErrors.IsConnectionRefused(outcome.Exception);
            }
            var status = (int)outcome.Result!.StatusCode;
            return idempotent && (status == 429 || status == 502 || status == 503 || status == 504);
        }

        internal static bool IsIdempotent(HttpMethod m) =>
            m == HttpMethod.Get || m == HttpMethod.Head || m == HttpMethod.Put || m == HttpMethod.Delete || m == HttpMethod.Options;

        private static bool IsTransportFailure(Exception ex) =>
            ex is HttpRequestException || ex is System.IO.IOException || ex is SocketException;

        /// <summary>Retry-After in seconds or as an HTTP date, capped by the session's MaxRetryDelay; null = backoff.</summary>
        private TimeSpan? RetryAfter(HttpResponseMessage? response)
        {
            var header = response?.Headers.RetryAfter;
            if (header == null) return null;
            TimeSpan? wait = header.Delta ?? (header.Date.HasValue ? header.Date.Value - DateTimeOffset.UtcNow : (TimeSpan?)null);
            if (!wait.HasValue) return null;
            if (wait.Value < TimeSpan.Zero) return TimeSpan.Zero;
            return wait.Value > _maxDelay ? _maxDelay : wait.Value;
        }
    }
}
