using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// A request body that tells <see cref="TimeoutHandler"/> each time a chunk of it went to the network. It does not own
    /// the caller's content: the caller's content is put back on the request after the attempt, and disposed by its owner.
    /// </summary>
    internal sealed class ProgressContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly Action _moved;

        public ProgressContent(HttpContent inner, Action moved)
        {
            _inner = inner;
            _moved = moved;
            foreach (var h in inner.Headers) Headers.TryAddWithoutValidation(h.Key, h.Value);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            _inner.CopyToAsync(new ProgressStream(stream, _moved));

#if NET5_0_OR_GREATER
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken ct) =>
            _inner.CopyToAsync(new ProgressStream(stream, _moved), context, ct);
#endif

        protected override bool TryComputeLength(out long length)
        {
            var known = _inner.Headers.ContentLength;
            length = known ?? -1;
            return known.HasValue;
        }

        /// <summary>Writes through to the network stream, reporting each completed write.</summary>
        private sealed class ProgressStream : Stream
        {
            private readonly Stream _target;
            private readonly Action _moved;

            public ProgressStream(Stream target, Action moved) { _target = target; _moved = moved; }

            public override void Write(byte[] buffer, int offset, int count)
            {
                _target.Write(buffer, offset, count);
                _moved();
            }

            public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct)
            {
                await _target.WriteAsync(buffer, offset, count, ct).ConfigureAwait(false);
                _moved();
            }

#if NET5_0_OR_GREATER
            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
            {
                await _target.WriteAsync(buffer, ct).ConfigureAwait(false);
                _moved();
            }
#endif

            public override void Flush() => _target.Flush();
            public override Task FlushAsync(CancellationToken ct) => _target.FlushAsync(ct);
            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
        }
    }

    /// <summary>
    /// A streamed answer (a download) whose every read must bring data within the limit; a read that waits longer is
    /// aborted and becomes the exception <c>onStall</c> makes (a <see cref="Core.ServiceTimeoutException"/>).
    /// </summary>
    internal sealed class StallBoundContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly TimeSpan _limit;
        private readonly Func<Exception, Exception> _onStall;

        public StallBoundContent(HttpContent inner, TimeSpan limit, Func<Exception, Exception> onStall)
        {
            _inner = inner;
            _limit = limit;
            _onStall = onStall;
            foreach (var h in inner.Headers) Headers.TryAddWithoutValidation(h.Key, h.Value);
        }

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new StallBoundStream(await _inner.ReadAsStreamAsync().ConfigureAwait(false), _limit, _onStall);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            using var source = await CreateContentReadStreamAsync().ConfigureAwait(false);
            await source.CopyToAsync(stream).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            var known = _inner.Headers.ContentLength;
            length = known ?? -1;
            return known.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }

        private sealed class StallBoundStream : Stream
        {
            private readonly Stream _inner;
            private readonly TimeSpan _limit;
            private readonly Func<Exception, Exception> _onStall;

            public StallBoundStream(Stream inner, TimeSpan limit, Func<Exception, Exception> onStall) { _inner = inner; _limit = limit; _onStall = onStall; }

            public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct)
            {
                using var stall = CancellationTokenSource.CreateLinkedTokenSource(ct);
                stall.CancelAfter(_limit);
                try
                {
                    // Disposing the stream aborts a read that takes no token (netstandard2.0 handlers).
                    using (stall.Token.Register(s => ((Stream)s!).Dispose(), _inner))
                        return await _inner.ReadAsync(buffer, offset, count, stall.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (stall.IsCancellationRequested && !ct.IsCancellationRequested && TimeoutHandler.IsAbort(ex))
                {
                    throw _onStall(ex);
                }
            }

            public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
                base.Dispose(disposing);
            }

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
    }
}
