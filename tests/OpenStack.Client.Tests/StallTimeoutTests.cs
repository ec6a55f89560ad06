using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// The request timeout bounds a stall (no byte moving either way, or no answer after the body went), not a transfer
    /// that is progressing: a slow link is a fault a real cloud cannot produce on demand, so the stub network plays it.
    /// </summary>
    public class StallTimeoutTests
    {
        private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(400);

        /// <summary>Gives <paramref name="chunks"/> chunks of 1 KiB, one every <paramref name="every"/>; then, if <paramref name="stallAfter"/>, nothing ever.</summary>
        private sealed class TrickleStream : Stream
        {
            private readonly int _chunks;
            private readonly TimeSpan _every;
            private readonly bool _stallAfter;
            private int _given;

            public TrickleStream(int chunks, TimeSpan every, bool stallAfter = false) { _chunks = chunks; _every = every; _stallAfter = stallAfter; }

            public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct)
            {
                if (_given >= _chunks)
                {
                    if (_stallAfter) await Task.Delay(Timeout.Infinite, ct);
                    return 0;
                }
                if (_given > 0) await Task.Delay(_every, ct);
                _given++;
                var n = Math.Min(count, 1024);
                for (var i = 0; i < n; i++) buffer[offset + i] = (byte)'x';
                return n;
            }

            public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }

        private static Task<OpenStackSession> ConnectAsync(StubTransport stub) =>
            stub.ConnectAsync(o => { o.RequestTimeout = Limit; o.MaxRetries = 0; });

        [Fact]
        public async Task An_upload_streaming_past_the_timeout_completes_while_bytes_move()
        {
            var stub = new StubTransport();
            using var s = await ConnectAsync(stub);
            // 12 chunks 150 ms apart: about 1.7 s in all, four times the limit, never 400 ms without a byte.
            var content = new StreamContent(new TrickleStream(12, TimeSpan.FromMilliseconds(150)));
            var request = new ServiceRequest(HttpMethod.Put, "image", "images/x/file") { Content = content, NotReplayable = true };
            var watch = Stopwatch.StartNew();
            using var r = await s.SendAsync(request, CancellationToken.None);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.True(watch.Elapsed > Limit * 3, "the upload took " + watch.Elapsed);
            Assert.Contains(new string('x', 12 * 1024), string.Join("", stub.Bodies));
        }

        [Fact]
        public async Task An_upload_that_stalls_ends_at_the_stall_limit()
        {
            var stub = new StubTransport();
            using var s = await ConnectAsync(stub);
            var content = new StreamContent(new TrickleStream(3, TimeSpan.FromMilliseconds(100), stallAfter: true));
            var request = new ServiceRequest(HttpMethod.Put, "image", "images/x/file") { Content = content, NotReplayable = true };
            var watch = Stopwatch.StartNew();
            var ex = await Assert.ThrowsAsync<ServiceTimeoutException>(() => s.SendAsync(request, CancellationToken.None));
            Assert.InRange(watch.Elapsed, Limit * 0.9, TimeSpan.FromSeconds(5));
            Assert.Contains("0.4 s", ex.Message);
        }

        [Fact]
        public async Task A_reply_body_trickling_past_the_timeout_is_read_whole()
        {
            var stub = new StubTransport();
            stub.Handler = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(10, TimeSpan.FromMilliseconds(150))) });
            using var s = await ConnectAsync(stub);
            using var r = await s.SendAsync(new ServiceRequest(HttpMethod.Get, "compute", "servers"), CancellationToken.None);
            Assert.Equal(10 * 1024, (await r.Content.ReadAsByteArrayAsync()).Length);
        }

        [Fact]
        public async Task A_download_stalling_mid_body_ends_as_a_timeout_at_the_stall_limit()
        {
            var stub = new StubTransport();
            stub.Handler = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(3, TimeSpan.FromMilliseconds(50), stallAfter: true)) });
            using var s = await ConnectAsync(stub);
            using var r = await s.SendAsync(new ServiceRequest(HttpMethod.Get, "image", "images/x/file") { StreamResponse = true }, CancellationToken.None);
            using var body = await r.Content.ReadAsStreamAsync();
            var watch = Stopwatch.StartNew();
            var reading = Task.Run(async () =>
            {
                var buffer = new byte[8192];
                long total = 0;
                int n;
                while ((n = await body.ReadAsync(buffer, 0, buffer.Length, CancellationToken.None)) > 0) total += n;
                return total;
            });
            var first = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(first == reading, "the read of a stalled download still hung after 10 s");
            var ex = await Assert.ThrowsAsync<ServiceTimeoutException>(() => reading);
            Assert.InRange(watch.Elapsed, Limit * 0.9, TimeSpan.FromSeconds(5));
            Assert.Contains("0.4 s", ex.Message);
            Assert.Equal("image", ex.ServiceType);
        }

        [Fact]
        public async Task No_answer_after_the_body_was_sent_is_still_a_timeout()
        {
            var stub = new StubTransport { Delay = TimeSpan.FromSeconds(30) };
            using var s = await ConnectAsync(stub);
            var request = ServiceRequest.Json(HttpMethod.Post, "compute", "servers", "{\"server\":{}}");
            var watch = Stopwatch.StartNew();
            await Assert.ThrowsAsync<ServiceTimeoutException>(() => s.SendAsync(request, CancellationToken.None));
            Assert.InRange(watch.Elapsed, Limit * 0.9, TimeSpan.FromSeconds(5));
        }
    }
}
