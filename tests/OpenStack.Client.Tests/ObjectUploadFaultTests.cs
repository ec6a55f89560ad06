using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.ObjectStorage;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// A segmented upload against faults the local Swift cannot produce on demand: a connection reset in the middle of a
    /// segment, and a segment that keeps failing.
    /// </summary>
    public sealed class ObjectUploadFaultTests : IDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), "os-upload-" + Guid.NewGuid().ToString("N"));
        private readonly StubTransport _stub = new StubTransport();
        private readonly ConcurrentDictionary<string, int> _puts = new ConcurrentDictionary<string, int>();

        public ObjectUploadFaultTests()
        {
            // 2,500 ASCII bytes: three segments of 1,000 (the stub reads bodies as text).
            File.WriteAllText(_file, string.Concat(Enumerable.Range(0, 2500).Select(i => (char)('a' + i % 26))));
        }

        public void Dispose() => File.Delete(_file);

        /// <summary>Swift as far as an upload sees it; <paramref name="fail"/> decides, per segment and attempt, to reset the connection.</summary>
        private void Serve(Func<string, int, bool> fail)
        {
            var manifestWritten = false;
            _stub.Handler = r =>
            {
                var path = r.RequestUri!.AbsolutePath;
                if (r.Method == HttpMethod.Head && path.EndsWith("/AUTH_p1/box", StringComparison.Ordinal)) return Task.FromResult(StubTransport.Empty(204));
                if (r.Method == HttpMethod.Put && path.EndsWith("/box_segments", StringComparison.Ordinal)) return Task.FromResult(StubTransport.Empty(201));
                if (r.Method == HttpMethod.Put && path.Contains("/box_segments/big/slo/"))
                {
                    var attempt = _puts.AddOrUpdate(path, 1, (_, n) => n + 1);
                    if (fail(path, attempt)) throw new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer"));
                    var put = StubTransport.Empty(201);
                    put.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"" + Md5Of(r) + "\"");
                    return Task.FromResult(put);
                }
                if (r.Method == HttpMethod.Put && path.EndsWith("/box/big", StringComparison.Ordinal))
                {
                    manifestWritten = true;
                    return Task.FromResult(StubTransport.Empty(201));
                }
                // The name is free until the manifest is written (the upload first asks whether it replaces a large object).
                if (r.Method == HttpMethod.Head && path.EndsWith("/box/big", StringComparison.Ordinal) && manifestWritten)
                {
                    var head = StubTransport.Empty(200);
                    head.Headers.Add("X-Static-Large-Object", "True");
                    return Task.FromResult(head);
                }
                if (r.Method == HttpMethod.Post && r.RequestUri.Query.Contains("bulk-delete"))
                    return Task.FromResult(StubTransport.Json(200, "{\"Number Deleted\": 2, \"Number Not Found\": 0, \"Errors\": [], \"Response Status\": \"200 OK\"}"));
                return Task.FromResult(StubTransport.Json(404, "<html><h1>Not Found</h1></html>"));
            };
        }

        /// <summary>The MD5 of a segment's body: the slice of the file its name's number points at.</summary>
        private string Md5Of(HttpRequestMessage r)
        {
            var index = int.Parse(r.RequestUri!.AbsolutePath.Split('/').Last());
            var bytes = File.ReadAllBytes(_file).Skip(index * 1000).Take(1000).ToArray();
            using var md5 = MD5.Create();
            return string.Concat(md5.ComputeHash(bytes).Select(b => b.ToString("x2")));
        }

        private static UploadOptions Segments() => new UploadOptions { SegmentSize = 1000, ThrottleLimit = 1 };

        [Fact]
        public async Task A_connection_reset_during_a_segment_sends_that_segment_again_and_the_upload_completes()
        {
            Serve((path, attempt) => path.EndsWith("/00000001", StringComparison.Ordinal) && attempt == 1);
            using var session = await _stub.ConnectAsync();
            var progress = new ConcurrentQueue<long>();
            var done = await new ObjectStorageClient(session).UploadFileAsync("box", "big", _file, Segments(),
                new SyncProgress(p => progress.Enqueue(p.Bytes)));
            Assert.True(done.IsLargeObject);
            // Segment 1 twice, the others once, then the manifest: no segment lost, none removed.
            Assert.Equal(new[] { 1, 2, 1 }, _puts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
            var calls = _stub.Calls.ToList();
            Assert.Single(calls, c => c.StartsWith("PUT ", StringComparison.Ordinal) && c.Contains("/box/big?multipart-manifest=put"));
            Assert.DoesNotContain(calls, c => c.Contains("bulk-delete"));
            // The manifest lists the three segments in order, with their sizes.
            var manifest = _stub.Bodies.Last(b => b.Contains("size_bytes"));
            Assert.Matches("00000000.*00000001.*00000002", manifest);
            // Progress took back the bytes of the lost attempt: it ends at the file's size, never past it.
            Assert.Equal(2500, progress.Last());
            Assert.True(progress.Max() <= 2500, "progress went to " + progress.Max());
        }

        [Fact]
        public async Task A_segment_that_keeps_failing_writes_no_manifest_and_removes_the_segments_written()
        {
            Serve((path, attempt) => path.EndsWith("/00000001", StringComparison.Ordinal));
            using var session = await _stub.ConnectAsync();
            var ex = await Assert.ThrowsAnyAsync<Exception>(() => new ObjectStorageClient(session).UploadFileAsync("box", "big", _file, Segments(), null));
            Assert.Contains("Connection reset", ex.ToString());
            // Three tries of the failing segment, then nothing more is sent but the clean-up.
            Assert.Equal(3, _puts.Single(p => p.Key.EndsWith("/00000001", StringComparison.Ordinal)).Value);
            var calls = _stub.Calls.ToList();
            Assert.DoesNotContain(calls, c => c.Contains("multipart-manifest=put"));
            var cleanup = _stub.Bodies.Last(b => b.Contains("box_segments"));
            Assert.Contains("/box_segments/big/slo/", cleanup);
            Assert.Contains("00000000", cleanup);
            Assert.Contains("00000001", cleanup);
            Assert.Contains(calls, c => c.StartsWith("POST ", StringComparison.Ordinal) && c.Contains("bulk-delete"));
        }

        /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to a context, out of order).</summary>
        private sealed class SyncProgress : IProgress<TransferProgress>
        {
            private readonly Action<TransferProgress> _report;
            public SyncProgress(Action<TransferProgress> report) { _report = report; }
            public void Report(TransferProgress value) => _report(value);
        }
    }
}
