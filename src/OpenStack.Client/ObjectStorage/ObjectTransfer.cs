using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;

namespace OpenStack.Client.ObjectStorage
{
    /// <summary>How a file is uploaded.</summary>
    public sealed class UploadOptions
    {
        /// <summary>1 GiB: the default segment size (and threshold) of a Static Large Object.</summary>
        public const long DefaultSegmentSize = 1L << 30;

        public string? ContentType { get; set; }
        public Dictionary<string, string?> Metadata { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Files larger than this become Static Large Objects of segments of this size.</summary>
        public long SegmentSize { get; set; } = DefaultSegmentSize;
        /// <summary>Segments uploaded at once.</summary>
        public int ThrottleLimit { get; set; } = 4;
        public TimeSpan? DeleteAfter { get; set; }
        /// <summary>Keeps the segments of a large object the upload replaces (removed by default, as the swift CLI does).</summary>
        public bool LeaveSegments { get; set; }
        /// <summary>
        /// Send a file of up to <see cref="ObjectStorageClient.ConditionalPutLimit"/> bytes as one PUT that Swift takes only
        /// where its name is new (If-None-Match: *), rather than first asking whether the name holds a large object. Only
        /// for a container that keeps no versions: there a refused PUT would still leave a version behind.
        /// </summary>
        public bool ConditionalPut { get; set; }

        internal void Validate()
        {
            // Swift's min_segment_size is 1 byte since 2.18; its max_manifest_segments is 1000.
            if (SegmentSize < 1) throw new ArgumentException("The segment size must be at least 1 byte.");
            if (SegmentSize > 5L * 1024 * 1024 * 1024) throw new ArgumentException("A segment can be at most 5 GiB (Swift's largest object).");
            if (ThrottleLimit < 1) throw new ArgumentException("The throttle limit must be at least 1.");
        }
    }

    /// <summary>
    /// A slice of a file sent as a request body in chunks, hashed (MD5, Swift's ETag) on the way out, reporting each chunk.
    /// It opens the file itself when sent, so a failed segment can be sent again with a new content over the same slice.
    /// </summary>
    internal sealed class FileSliceContent : StreamContentBase
    {
        private const int ChunkSize = 81920;
        private readonly string _path;
        private readonly long _offset, _length;
        private readonly Action<long>? _sent;
        private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);

        public FileSliceContent(string path, long offset, long length, Action<long>? sent)
        {
            _path = path; _offset = offset; _length = length; _sent = sent;
        }

        /// <summary>The MD5 of what was sent, as Swift writes its ETag (lower-case hex).</summary>
        public string? Md5 { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true);
            file.Seek(_offset, SeekOrigin.Begin);
            var buffer = new byte[ChunkSize];
            long left = _length;
            while (left > 0)
            {
                var read = await file.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, left)).ConfigureAwait(false);
                if (read == 0) throw new IOException("The file '" + _path + "' became shorter while it was uploaded.");
                _md5.AppendData(buffer, 0, read);
                await stream.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                left -= read;
                _sent?.Invoke(read);
            }
            Md5 = Hex(_md5.GetHashAndReset());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _md5.Dispose();
            base.Dispose(disposing);
        }

        internal static string Hex(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
                chars[2 * i + 1] = "0123456789abcdef"[bytes[i] & 15];
            }
            return new string(chars);
        }
    }

    /// <summary>The data that arrived does not match the MD5 the object store holds (or answered) for it.</summary>
    public sealed class ObjectChecksumException : Core.OpenStackException
    {
        public ObjectChecksumException(string message) : base(message) { }
    }
}
