using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OpenStack.Client.ObjectStorage;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// A small file sent as one conditional PUT (If-None-Match: *), against what the local Swift cannot produce on demand:
    /// a connection lost instead of the 412, and a container that keeps versions.
    /// </summary>
    public sealed class ObjectConditionalPutTests : IDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), "os-cput-" + Guid.NewGuid().ToString("N"));
        private readonly StubTransport _stub = new StubTransport();
        /// <summary>Each request to the object: method, and whether it was conditional and held its body for 100 Continue.</summary>
        private readonly ConcurrentQueue<string> _seen = new ConcurrentQueue<string>();
        private readonly string _md5;

        public ObjectConditionalPutTests()
        {
            File.WriteAllText(_file, new string('x', 3000));
            using var md5 = MD5.Create();
            _md5 = string.Concat(md5.ComputeHash(File.ReadAllBytes(_file)).Select(b => b.ToString("x2")));
        }

        public void Dispose() => File.Delete(_file);

        /// <summary>Swift with <paramref name="firstPut"/> deciding how the first PUT of box/small ends (null: stored).</summary>
        private void Serve(Func<HttpResponseMessage?> firstPut, bool keepsVersions = false)
        {
            var puts = 0;
            _stub.Handler = r =>
            {
                var path = r.RequestUri!.AbsolutePath;
                if (r.Method == HttpMethod.Head && path.EndsWith("/AUTH_p1/box", StringComparison.Ordinal))
                {
                    var container = StubTransport.Empty(204);
                    if (keepsVersions) container.Headers.Add("X-Versions-Enabled", "True");
                    return Task.FromResult(container);
                }
                if (!path.EndsWith("/box/small", StringComparison.Ordinal)) return Task.FromResult(StubTransport.Json(404, "<html><h1>Not Found</h1></html>"));
                _seen.Enqueue(r.Method.Method + (r.Headers.Contains("If-None-Match") ? " if-none-match" : "") + (r.Headers.ExpectContinue == true ? " expect" : ""));
                if (r.Method == HttpMethod.Head) return Task.FromResult(StubTransport.Empty(200)); // a plain object: no segments
                if (r.Method == HttpMethod.Put && ++puts == 1 && firstPut() is HttpResponseMessage refused) return Task.FromResult(refused);
                var stored = StubTransport.Empty(201);
                stored.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"" + _md5 + "\"");
                stored.Content.Headers.LastModified = new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
                return Task.FromResult(stored);
            };
        }

        private async Task<StorageObject> UploadAsync(bool conditional)
        {
            using var session = await _stub.ConnectAsync();
            var client = new ObjectStorageClient(session);
            var options = new UploadOptions { ConditionalPut = conditional && !(await client.GetContainerAsync("box")).KeepsVersions };
            options.Metadata["owner"] = "ops";
            return await client.UploadFileAsync("box", "small", _file, options, null);
        }

        [Fact]
        public async Task A_new_name_is_one_conditional_put_described_from_the_answer()
        {
            Serve(() => null);
            var o = await UploadAsync(conditional: true);
            Assert.Equal(new[] { "PUT if-none-match expect" }, _seen);
            Assert.Equal((3000L, _md5, "ops"), (o.Bytes, o.Hash, o.Metadata["owner"]));
            Assert.Equal(new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero), o.LastModified);
            Assert.Equal("box/small", o.ToString());
        }

        [Fact]
        public async Task A_refusal_reads_the_name_and_sends_the_put_again_unconditionally()
        {
            Serve(() => StubTransport.Json(412, "<html><h1>Precondition Failed</h1></html>"));
            var o = await UploadAsync(conditional: true);
            Assert.Equal(new[] { "PUT if-none-match expect", "HEAD", "PUT" }, _seen);
            Assert.Equal(_md5, o.Hash);
        }

        [Fact]
        public async Task A_connection_lost_instead_of_the_412_is_taken_as_a_refusal()
        {
            Serve(() => throw new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer")));
            var o = await UploadAsync(conditional: true);
            Assert.Equal(new[] { "PUT if-none-match expect", "HEAD", "PUT" }, _seen);
            Assert.Equal(_md5, o.Hash);
        }

        [Fact]
        public async Task A_container_that_keeps_versions_gets_no_conditional_put()
        {
            // There a refused PUT would already have written a version: the name is read first, as without the option.
            Serve(() => null, keepsVersions: true);
            var o = await UploadAsync(conditional: true);
            Assert.Equal(new[] { "HEAD", "PUT" }, _seen);
            Assert.Equal(_md5, o.Hash);
        }
    }
}
