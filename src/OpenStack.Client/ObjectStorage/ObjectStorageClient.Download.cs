using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Image;

namespace OpenStack.Client.ObjectStorage
{
    public sealed partial class ObjectStorageClient
    {
        /// <summary>
        /// Downloads an object to <paramref name="path"/>, streamed to a temporary file beside it and moved into place only
        /// when complete. A plain object's data is checked against its ETag (MD5); a large object's ETag is not the MD5 of
        /// its data, so its length is checked instead. On a mismatch, an error or cancellation nothing is left at the path.
        /// </summary>
        public async Task<StorageObject> DownloadAsync(string container, string name, string path, bool overwrite, IProgress<TransferProgress>? progress,
            CancellationToken ct = default)
        {
            var target = Path.GetFullPath(path);
            if (File.Exists(target) && !overwrite) throw new IOException("The file '" + target + "' exists; use -Force to replace it.");
            var folder = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("The folder '" + folder + "' does not exist.");
            var temp = Path.Combine(folder, ImageClient.TemporaryName(Path.GetFileName(target)));
            try
            {
                StorageObject info;
                using (var response = await SendAsync(HttpMethod.Get, ObjectPath(container, name), null, ct, stream: true).ConfigureAwait(false))
                {
                    info = FromHeaders(container, name, response);
                    var plain = !info.IsLargeObject && Header(response, "X-Object-Manifest") == null;
                    var total = response.Content.Headers.ContentLength;
                    using var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                    using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                    using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
                    var buffer = new byte[81920];
                    long received = 0;
                    int read;
                    while ((read = await source.ReadAsync(buffer, 0, buffer.Length, ct).ConfigureAwait(false)) > 0)
                    {
                        if (plain) md5.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer, 0, read, ct).ConfigureAwait(false);
                        received += read;
                        progress?.Report(new TransferProgress(received, total));
                    }
                    await file.FlushAsync(ct).ConfigureAwait(false);
                    if (total.HasValue && received != total.Value)
                        throw new ObjectChecksumException("The download of " + container + "/" + name + " ended after " + received + " of " + total + " bytes; nothing was written to " + target + ".");
                    var actual = FileSliceContent.Hex(md5.GetHashAndReset());
                    if (plain && info.Hash != null && !string.Equals(actual, info.Hash, StringComparison.OrdinalIgnoreCase))
                        throw new ObjectChecksumException("The data of " + container + "/" + name + " does not match its ETag (expected " + info.Hash + ", got " + actual +
                            "); nothing was written to " + target + ".");
                }
                if (File.Exists(target)) File.Delete(target);
                File.Move(temp, target);
                return info;
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
    }
}
