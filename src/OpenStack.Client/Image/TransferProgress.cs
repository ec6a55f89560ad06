using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace OpenStack.Client.Image
{
    /// <summary>Bytes moved so far out of a total (when known), for progress bars.</summary>
    public readonly struct TransferProgress
    {
        public TransferProgress(long bytes, long? total) { Bytes = bytes; Total = total; }
        public long Bytes { get; }
        public long? Total { get; }
    }

    /// <summary>Streams a body to the server in chunks and reports how much went out; never holds it whole.</summary>
    internal sealed class ProgressStreamContent : HttpContent
    {
        private const int ChunkSize = 81920;
        private readonly Stream _source;
        private readonly long? _length;
        private readonly IProgress<TransferProgress>? _progress;

        public ProgressStreamContent(Stream source, long? length, IProgress<TransferProgress>? progress)
        {
            _source = source;
            _length = length;
            _progress = progress;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var buffer = new byte[ChunkSize];
            long sent = 0;
            int read;
            while ((read = await _source.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
            {
                await stream.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                sent += read;
                _progress?.Report(new TransferProgress(sent, _length));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length ?? -1;
            return _length.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _source.Dispose();
            base.Dispose(disposing);
        }
    }
}
