using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// A cap on requests in flight for the current logical call, shared by everything it starts: a caller running
    /// many operations at once (a cmdlet fed 200 servers) sets it once, and every request of those operations, their
    /// status polls included, waits for a place. It flows through the ExecutionContext, like <see cref="HttpTrace"/>.
    /// </summary>
    public static class RequestLimit
    {
        private static readonly AsyncLocal<SemaphoreSlim?> CurrentGate = new AsyncLocal<SemaphoreSlim?>();

        /// <summary>The gate requests of the current call pass through, or null for no limit.</summary>
        public static SemaphoreSlim? Current
        {
            get => CurrentGate.Value;
            set => CurrentGate.Value = value;
        }
    }

    /// <summary>
    /// Holds a place of <see cref="RequestLimit.Current"/> while a request is on the wire. It sits inside the retry step
    /// (a backoff holds no place) and under the auth step (a token refresh never waits behind the request it serves).
    /// </summary>
    internal sealed class RequestLimitHandler : DelegatingHandler
    {
        public RequestLimitHandler(HttpMessageHandler inner) : base(inner) { }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var gate = RequestLimit.Current;
            if (gate == null) return await base.SendAsync(request, ct).ConfigureAwait(false);
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try { return await base.SendAsync(request, ct).ConfigureAwait(false); }
            finally { gate.Release(); }
        }
    }
}
