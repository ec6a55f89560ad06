using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Image
{
    /// <summary>The downloaded data does not match the checksum Glance holds for it.</summary>
    public sealed class ChecksumMismatchException : OpenStackException
    {
        public ChecksumMismatchException(string message) : base(message) { }
    }

    public sealed partial class ImageClient
    {
        /// <summary>
        /// Downloads the image data to <paramref name="path"/>: streamed to a temporary file beside it, verified against
        /// os_hash_value (or the md5 checksum), and only then moved into place. On a mismatch, an error or cancellation
        /// nothing is left at the target path. Returns the algorithm and value verified.
        /// </summary>
        public async Task<(string Algorithm, string Value)> DownloadAsync(Image image, string path, bool overwrite, IProgress<TransferProgress>? progress,
            CancellationToken ct = default)
        {
            var target = Path.GetFullPath(path);
            if (File.Exists(target) && !overwrite) throw new IOException("The file '" + target + "' exists; use -Force to replace it.");
            var (algorithm, expected) = ExpectedHash(image);
            var temp = Path.Combine(Path.GetDirectoryName(target)!, TemporaryName(Path.GetFileName(target)));
            try
            {
                string actual;
                var request = new ServiceRequest(HttpMethod.Get, ServiceTypes.Image, "images/" + Uri.EscapeDataString(image.Id) + "/file") { StreamResponse = true };
                using (var response = await _session.SendAsync(request, ct).ConfigureAwait(false))
                using (var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                using (var hash = IncrementalHash.CreateHash(algorithm))
                {
                    var total = response.Content.Headers.ContentLength ?? image.Size;
                    var buffer = new byte[81920];
                    long received = 0;
                    int read;
                    while ((read = await source.ReadAsync(buffer, 0, buffer.Length, ct).ConfigureAwait(false)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer, 0, read, ct).ConfigureAwait(false);
                        received += read;
                        progress?.Report(new TransferProgress(received, total));
                    }
                    await file.FlushAsync(ct).ConfigureAwait(false);
                    actual = ToHex(hash.GetHashAndReset());
                }
                if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
                    throw new ChecksumMismatchException("The data of image " + image + " does not match its " + algorithm.Name!.ToLowerInvariant() + " checksum (expected " +
                        expected + ", got " + actual + "); nothing was written to " + target + ".");
                if (File.Exists(target)) File.Delete(target);
                File.Move(temp, target);
                return (algorithm.Name!.ToLowerInvariant(), actual);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }

        /// <summary>sha512/sha256/... from os_hash_algo, else md5 from checksum; an image with neither cannot be verified.</summary>
        internal static (HashAlgorithmName, string) ExpectedHash(Image image)
        {
            if (!string.IsNullOrEmpty(image.OsHashValue) && !string.IsNullOrEmpty(image.OsHashAlgo))
            {
                switch (image.OsHashAlgo!.ToLowerInvariant())
                {
                    case "sha512": return (HashAlgorithmName.SHA512, image.OsHashValue!);
                    case "sha384": return (HashAlgorithmName.SHA384, image.OsHashValue!);
                    case "sha256": return (HashAlgorithmName.SHA256, image.OsHashValue!);
                    case "sha1": return (HashAlgorithmName.SHA1, image.OsHashValue!);
                }
            }
            if (!string.IsNullOrEmpty(image.Checksum)) return (HashAlgorithmName.MD5, image.Checksum!);
            throw new OpenStackException("Image " + image + " has no checksum to verify a download against (status " + image.Status + ").");
        }

        private static string ToHex(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
                chars[2 * i + 1] = "0123456789abcdef"[bytes[i] & 15];
            }
            return new string(chars);
        }

        /// <summary>
        /// ".name.1a2b3c4d.partial", beside the target so that the final move is a rename; the name is shortened to keep
        /// the whole within the 255 characters a file name may have (a legal 250-character target would overflow it).
        /// </summary>
        internal static string TemporaryName(string fileName)
        {
            const int MaxName = 255, Extra = 1 + 1 + 8 + 8; // "." + "." + 8 hex + ".partial"
            var stem = fileName.Length > MaxName - Extra ? fileName.Substring(0, MaxName - Extra) : fileName;
            return "." + stem + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial";
        }
    }
}
