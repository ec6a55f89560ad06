using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenStack.Tests
{
    /// <summary>
    /// A reverse proxy on 127.0.0.1 in front of the real local cloud, with faults the tests switch on. Each upstream
    /// origin (Keystone, Nova, Glance, ...) gets a proxy port of its own, and every upstream address in a response
    /// (the catalog, version documents, next links) is rewritten to its proxy port, so a session that signs in through
    /// the proxy sends all its traffic through it. Every request is logged with the fault it met.
    /// </summary>
    public sealed class FaultProxy : IAsyncDisposable
    {
        private static readonly Regex Origin = new Regex(@"http://127\.0\.0\.1:(\d+)", RegexOptions.Compiled);
        private static readonly HashSet<string> HopByHop = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Host", "Content-Length", "Proxy-Connection" };

        private readonly ConcurrentDictionary<int, Listener> _byUpstream = new ConcurrentDictionary<int, Listener>();
        private readonly SemaphoreSlim _startGate = new SemaphoreSlim(1, 1);
        private readonly List<FaultRule> _rules = new List<FaultRule>();
        private readonly X509Certificate2? _certificate;
        private readonly HttpClient _upstream = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
            { Timeout = Timeout.InfiniteTimeSpan };

        /// <summary>Every request that reached the proxy, in order.</summary>
        public ConcurrentQueue<ProxiedRequest> Log { get; } = new ConcurrentQueue<ProxiedRequest>();

        private FaultProxy(X509Certificate2? certificate) => _certificate = certificate;

        /// <summary>Starts the proxy for Keystone; with a <paramref name="certificate"/>, every proxy port speaks HTTPS with it.</summary>
        public static async Task<FaultProxy> StartAsync(Uri keystone, X509Certificate2? certificate = null)
        {
            var proxy = new FaultProxy(certificate);
            await proxy.ListenerFor(keystone.Port).ConfigureAwait(false);
            return proxy;
        }

        /// <summary>The proxied form of an upstream URL (its port replaced by the proxy's).</summary>
        public string Rewrite(string text) =>
            Origin.Replace(text, m => Scheme + "://127.0.0.1:" + ListenerFor(int.Parse(m.Groups[1].Value)).GetAwaiter().GetResult().Port);

        private string Scheme => _certificate == null ? "http" : "https";

        public FaultRule Add(FaultRule rule)
        {
            lock (_rules) _rules.Add(rule);
            return rule;
        }

        public void ClearRules()
        {
            lock (_rules) _rules.Clear();
        }

        /// <summary>Closes the proxy port of an upstream, so connecting to it is refused, as when the service is down.</summary>
        public async Task TakeDownAsync(int upstreamPort)
        {
            var listener = await ListenerFor(upstreamPort).ConfigureAwait(false);
            await listener.StopAsync().ConfigureAwait(false);
        }

        /// <summary>Opens the port again, on the same number.</summary>
        public async Task BringUpAsync(int upstreamPort) => await (await ListenerFor(upstreamPort).ConfigureAwait(false)).StartAsync(this).ConfigureAwait(false);

        private async Task<Listener> ListenerFor(int upstreamPort)
        {
            if (_byUpstream.TryGetValue(upstreamPort, out var existing)) return existing;
            await _startGate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (_byUpstream.TryGetValue(upstreamPort, out existing)) return existing;
                var listener = new Listener(upstreamPort);
                await listener.StartAsync(this).ConfigureAwait(false);
                _byUpstream[upstreamPort] = listener;
                return listener;
            }
            finally { _startGate.Release(); }
        }

        private FaultRule? Match(HttpRequest request, int upstreamPort)
        {
            lock (_rules)
                foreach (var rule in _rules)
                    if (rule.TryTake(request.Method, request.Path + request.QueryString, upstreamPort)) return rule;
            return null;
        }

        private async Task HandleAsync(HttpContext context, int upstreamPort)
        {
            var request = context.Request;
            var pathAndQuery = request.Path + request.QueryString;
            var rule = Match(request, upstreamPort);
            var entry = new ProxiedRequest(request.Method, upstreamPort, pathAndQuery, rule?.Kind);
            Log.Enqueue(entry);
            var ct = context.RequestAborted;

            if (rule?.Before != null) await rule.Before(request.Headers["X-Auth-Token"].ToString()).ConfigureAwait(false);
            switch (rule?.Kind)
            {
                case FaultKind.Status:
                    context.Response.StatusCode = rule.Status;
                    if (rule.RetryAfter != null) context.Response.Headers["Retry-After"] = rule.RetryAfter;
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync("{\"error\":{\"code\":" + rule.Status + ",\"message\":\"injected by the test proxy\"}}", ct).ConfigureAwait(false);
                    entry.Status = rule.Status;
                    return;
                case FaultKind.Redirect:
                    context.Response.StatusCode = rule.Status;
                    context.Response.Headers["Location"] = rule.Location;
                    entry.Status = rule.Status;
                    return;
                case FaultKind.ResetBeforeForward:
                    context.Abort();
                    return;
                case FaultKind.Delay:
                    await Task.Delay(rule.Delay, ct).ConfigureAwait(false);
                    break;
            }

            using var forward = new HttpRequestMessage(new HttpMethod(request.Method), "http://127.0.0.1:" + upstreamPort + pathAndQuery);
            // Buffered: the proxy sees small JSON bodies, and a buffered body can be sent whatever its framing was.
            using var sent = new MemoryStream();
            await request.Body.CopyToAsync(sent, ct).ConfigureAwait(false);
            if (sent.Length > 0) forward.Content = new ByteArrayContent(sent.ToArray());
            foreach (var header in request.Headers)
            {
                if (HopByHop.Contains(header.Key)) continue;
                if (!forward.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
                    forward.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
            using var response = await _upstream.SendAsync(forward, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            entry.Status = (int)response.StatusCode;
            if (rule?.Kind == FaultKind.ResetAfterForward)
            {
                // The service did the work; the client never hears of it.
                context.Abort();
                return;
            }

            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
                if (!HopByHop.Contains(header.Key)) context.Response.Headers[header.Key] = Rewrite(string.Join(",", header.Value));
            if (rule?.Kind == FaultKind.StallBody)
            {
                // Half the answer, then nothing for Delay (the connection open), then a reset: a transfer that stopped.
                var data = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
                context.Response.ContentLength = data.Length;
                await context.Response.Body.WriteAsync(data.AsMemory(0, data.Length / 2), ct).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(ct).ConfigureAwait(false);
                try { await Task.Delay(rule.Delay, ct).ConfigureAwait(false); } catch (OperationCanceledException) { }
                context.Abort();
                return;
            }
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (type.Contains("json"))
            {
                var body = Encoding.UTF8.GetBytes(Rewrite(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)));
                // The service's answer, cut in half, with a length that matches: whole on the wire, not whole as JSON.
                if (rule?.Kind == FaultKind.TruncateBody) body = body.AsSpan(0, body.Length / 2).ToArray();
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body, ct).ConfigureAwait(false);
            }
            else
            {
                if (response.Content.Headers.ContentLength is long length) context.Response.ContentLength = length;
                await response.Content.CopyToAsync(context.Response.Body, ct).ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var listener in _byUpstream.Values) await listener.StopAsync().ConfigureAwait(false);
            _upstream.Dispose();
        }

        /// <summary>One proxy port in front of one upstream port; can be stopped and started again on the same number.</summary>
        private sealed class Listener
        {
            private WebApplication? _app;
            public int UpstreamPort { get; }
            public int Port { get; private set; }

            public Listener(int upstreamPort) => UpstreamPort = upstreamPort;

            public async Task StartAsync(FaultProxy proxy)
            {
                var builder = WebApplication.CreateSlimBuilder();
                builder.Logging.ClearProviders();
                var certificate = proxy._certificate;
                // Port 0 the first time: any free port; the same number when it comes back up.
                builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Port, l => { if (certificate != null) l.UseHttps(certificate); }));
                var app = builder.Build();
                app.Run(context => proxy.HandleAsync(context, UpstreamPort));
                await app.StartAsync().ConfigureAwait(false);
                var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                Port = new Uri(bound).Port;
                _app = app;
            }

            public async Task StopAsync()
            {
                var app = Interlocked.Exchange(ref _app, null);
                if (app == null) return;
                await app.StopAsync().ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public enum FaultKind { Status, ResetBeforeForward, ResetAfterForward, Delay, Pass, Redirect, TruncateBody, StallBody }

    /// <summary>
    /// A fault for the requests that match (method, a regex on path and query, the upstream port): it lets the first
    /// <see cref="Skip"/> matches pass, then affects <see cref="Times"/> of them, then none.
    /// </summary>
    public sealed class FaultRule
    {
        private int _seen;
        private int _applied;

        public string? Method { get; set; }
        public string? PathPattern { get; set; }
        public int? UpstreamPort { get; set; }
        public int Skip { get; set; }
        public int Times { get; set; } = 1;
        public FaultKind Kind { get; set; }
        public int Status { get; set; } = 503;
        public string? RetryAfter { get; set; }
        public TimeSpan Delay { get; set; }
        /// <summary>Where a <see cref="FaultKind.Redirect"/> points (its status is <see cref="Status"/>).</summary>
        public string? Location { get; set; }
        /// <summary>Runs before the fault (given the request's X-Auth-Token), e.g. to revoke that token for real.</summary>
        public Func<string, Task>? Before { get; set; }

        public int Applied => Volatile.Read(ref _applied);

        internal bool TryTake(string method, string pathAndQuery, int upstreamPort)
        {
            if (Method != null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) return false;
            if (UpstreamPort.HasValue && UpstreamPort.Value != upstreamPort) return false;
            if (PathPattern != null && !Regex.IsMatch(pathAndQuery, PathPattern)) return false;
            var n = _seen++;
            if (n < Skip || n >= Skip + Times) return false;
            _applied++;
            return true;
        }
    }

    public sealed class ProxiedRequest
    {
        public ProxiedRequest(string method, int upstreamPort, string pathAndQuery, FaultKind? fault)
        {
            Method = method; UpstreamPort = upstreamPort; PathAndQuery = pathAndQuery; Fault = fault;
        }

        public string Method { get; }
        public int UpstreamPort { get; }
        public string PathAndQuery { get; }
        public FaultKind? Fault { get; }
        public int? Status { get; set; }

        public override string ToString() => Method + " :" + UpstreamPort + PathAndQuery + (Fault != null ? " [" + Fault + "]" : "") + " -> " + Status;
    }
}
