using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
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
    /// A listener on 127.0.0.1 that stands for a host outside the cloud: it answers every request with 200 {} and keeps
    /// what reached it (method, path, headers, body), so a test can tell whether a token or a password was carried there.
    /// </summary>
    public sealed class RecordingSink : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private RecordingSink(WebApplication app, int port) { _app = app; Port = port; }

        public int Port { get; }
        public string BaseUrl => "http://127.0.0.1:" + Port;
        public ConcurrentQueue<ReceivedRequest> Received { get; } = new ConcurrentQueue<ReceivedRequest>();

        public static async Task<RecordingSink> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            RecordingSink? sink = null;
            app.Run(async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body).ConfigureAwait(false);
                var headers = string.Join("\n", context.Request.Headers.Select(h => h.Key + ": " + h.Value));
                sink!.Received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers,
                    System.Text.Encoding.UTF8.GetString(body.ToArray())));
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{}").ConfigureAwait(false);
            });
            await app.StartAsync().ConfigureAwait(false);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            sink = new RecordingSink(app, new Uri(bound).Port);
            return sink;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    public sealed class ReceivedRequest
    {
        public ReceivedRequest(string method, string pathAndQuery, string headers, string body)
        {
            Method = method; PathAndQuery = pathAndQuery; Headers = headers; Body = body;
        }

        public string Method { get; }
        public string PathAndQuery { get; }
        public string Headers { get; }
        public string Body { get; }

        public override string ToString() => Method + " " + PathAndQuery;
    }
}
