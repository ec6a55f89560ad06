using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Image;

namespace OpenStack.Client.ObjectStorage
{
    public sealed partial class ObjectStorageClient
    {
        /// <summary>Tries per segment: a connection reset or a 5xx sends the segment again (a PUT of a fixed name is idempotent).</summary>
        internal const int SegmentAttempts = 3;

        /// <summary>The largest file sent with <see cref="UploadOptions.ConditionalPut"/>: above it a HEAD costs little beside the data.</summary>
        public const long ConditionalPutLimit = 1 << 20;

        /// <summary>The container that holds the segments of a container's large objects (the swift CLI's convention).</summary>
        public static string SegmentContainer(string container) => container + "_segments";

        /// <summary>
        /// Uploads a file, streamed: as one object, or above <see cref="UploadOptions.SegmentSize"/> as a Static Large
        /// Object. Each body's MD5 is checked against the ETag Swift answers; a mismatch removes what was written.
        /// </summary>
        public async Task<StorageObject> UploadFileAsync(string container, string name, string path, UploadOptions options,
            IProgress<TransferProgress>? progress, CancellationToken ct = default)
        {
            options.Validate();
            ValidateContainerName(container);
            ValidateObjectName(name);
            var length = new FileInfo(path).Length;
            long sent = 0;
            Action<long> report = n => progress?.Report(new TransferProgress(Interlocked.Add(ref sent, n), length));
            var large = length > options.SegmentSize;
            // One request for a new object: the PUT is sent only where nothing of that name is (If-None-Match: *). An
            // object already there answers 412 before the body goes (Expect: 100-continue); only then is it read for the
            // segments of a large object it may be, and the PUT sent again over it.
            var conditional = options.ConditionalPut && !options.LeaveSegments && !large && length <= ConditionalPutLimit;
            var written = conditional ? await PutSmallAsync(container, name, path, length, options, report, onlyIfNew: true, ct).ConfigureAwait(false) : null;
            if (written == null)
            {
                var replaced = options.LeaveSegments ? Array.Empty<(string, string)>() : await SegmentsOfAsync(container, name, ct).ConfigureAwait(false);
                Interlocked.Exchange(ref sent, 0);
                if (large) await UploadLargeAsync(container, name, path, length, options, report, ct).ConfigureAwait(false);
                else written = await PutSmallAsync(container, name, path, length, options, report, onlyIfNew: false, ct).ConfigureAwait(false);
                await RemoveReplacedSegmentsAsync(container, name, replaced, ct).ConfigureAwait(false);
            }
            // A large object is read back, as is the expiry Swift set (rather than worked out from the answer's Date).
            return written == null || options.DeleteAfter.HasValue ? await GetObjectAsync(container, name, ct).ConfigureAwait(false) : written;
        }

        /// <summary>
        /// PUTs a file as one object and describes it from the request and the answer (no read back: at many small files
        /// that would double the requests). Null when <paramref name="onlyIfNew"/> and the object exists.
        /// </summary>
        private async Task<StorageObject?> PutSmallAsync(string container, string name, string path, long length, UploadOptions options,
            Action<long> report, bool onlyIfNew, CancellationToken ct)
        {
            var headers = ObjectHeaders(options);
            if (onlyIfNew) headers["If-None-Match"] = "*";
            using var content = new FileSliceContent(path, 0, length, report);
            if (options.ContentType != null) content.Headers.TryAddWithoutValidation("Content-Type", options.ContentType);
            string? etag;
            DateTimeOffset? lastModified;
            try
            {
                using var r = await SendAsync(HttpMethod.Put, ObjectPath(container, name), headers, ct, content, expectContinue: onlyIfNew).ConfigureAwait(false);
                etag = Header(r, "ETag")?.Trim('"');
                lastModified = r.Content?.Headers.LastModified;
            }
            // A connection lost without an answer counts as a refusal too: Swift closes the connection after its 412 when
            // the body had already started (its 100 Continue came late), and the 412 can be lost with it. The name is then
            // read and the PUT sent again, as over an existing object.
            catch (OpenStackException ex) when (onlyIfNew && !ct.IsCancellationRequested &&
                (ex.StatusCode == System.Net.HttpStatusCode.PreconditionFailed || (ex is ServiceUnavailableException && ex.StatusCode == null)))
            {
                return null;
            }
            if (!string.Equals(etag, content.Md5, StringComparison.OrdinalIgnoreCase))
            {
                await BestEffortAsync(c => DeleteObjectAsync(container, name, c), "object " + container + "/" + name).ConfigureAwait(false);
                throw new ObjectChecksumException("The object store answered ETag " + etag + " for " + container + "/" + name + ", but the data sent has MD5 " +
                    content.Md5 + "; the object was removed.");
            }
            var written = new StorageObject
            {
                Container = container, ObjectName = name, Bytes = length, Hash = etag, LastModified = lastModified,
                // Swift's guess from the name when none was given is not in its answer: Get-OSObject reads it.
                ContentType = options.ContentType,
            };
            foreach (var kv in options.Metadata)
                if (!string.IsNullOrEmpty(kv.Value)) written.Metadata[kv.Key] = kv.Value!;
            return written;
        }

        private static Dictionary<string, string> ObjectHeaders(UploadOptions options)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            AddMetadata(headers, "Object", options.Metadata);
            if (options.DeleteAfter.HasValue)
                headers["X-Delete-After"] = ((long)Math.Ceiling(options.DeleteAfter.Value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return headers;
        }

        /// <summary>
        /// Segments in parallel (at most <see cref="UploadOptions.ThrottleLimit"/> at once, each a slice of the file read as it
        /// is sent), each ETag checked, then the manifest. A failure or cancellation stops the others, writes no manifest and
        /// deletes the segments already written.
        /// </summary>
        private async Task UploadLargeAsync(string container, string name, string path, long length, UploadOptions options, Action<long> report,
            CancellationToken ct)
        {
            var segContainer = SegmentContainer(container);
            ValidateContainerName(segContainer);
            var count = (int)((length + options.SegmentSize - 1) / options.SegmentSize);
            if (count > 1000)
                throw new ArgumentException("A " + length + "-byte file in segments of " + options.SegmentSize + " bytes makes " + count +
                    " segments; Swift takes at most 1000 in a manifest: give a larger segment size.");
            // Fails early (404) when the object's own container is missing, before any segment is sent.
            await GetContainerAsync(container, ct).ConfigureAwait(false);
            await SendAndForgetAsync(HttpMethod.Put, ContainerPath(segContainer), null, ct).ConfigureAwait(false);
            var prefix = name + "/slo/" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "/" +
                         length.ToString(CultureInfo.InvariantCulture) + "/" + options.SegmentSize.ToString(CultureInfo.InvariantCulture) + "/";
            var etags = new string?[count];
            var written = new List<string>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var gate = new SemaphoreSlim(options.ThrottleLimit);
            try
            {
                var tasks = Enumerable.Range(0, count).Select(async i =>
                {
                    await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                    try
                    {
                        var segName = prefix + i.ToString("D8", CultureInfo.InvariantCulture);
                        lock (written) written.Add(segName);
                        var offset = i * options.SegmentSize;
                        etags[i] = await PutSegmentAsync(segContainer, segName, path, offset, Math.Min(options.SegmentSize, length - offset), report, stop.Token)
                            .ConfigureAwait(false);
                    }
                    catch
                    {
                        stop.Cancel();
                        throw;
                    }
                    finally { gate.Release(); }
                }).ToList();
                try { await Task.WhenAll(tasks).ConfigureAwait(false); }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    // The first real failure, not the cancellations it caused.
                    var first = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault(e => !(e is OperationCanceledException));
                    if (first != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
                    throw;
                }
                var manifest = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    var size = Math.Min(options.SegmentSize, length - i * options.SegmentSize);
                    manifest.Add(new JsonObject
                    {
                        ["path"] = "/" + segContainer + "/" + prefix + i.ToString("D8", CultureInfo.InvariantCulture),
                        ["etag"] = etags[i], ["size_bytes"] = size,
                    });
                }
                var body = new StringContent(manifest.ToJsonString(), Encoding.UTF8);
                body.Headers.Remove("Content-Type");
                if (options.ContentType != null) body.Headers.TryAddWithoutValidation("Content-Type", options.ContentType);
                await SendAndForgetAsync(HttpMethod.Put, ObjectPath(container, name) + "?multipart-manifest=put", ObjectHeaders(options), ct, body)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException || ex is IOException || ex is ArgumentException)
            {
                List<string> remove;
                lock (written) remove = written.ToList();
                if (remove.Count > 0)
                    await BestEffortAsync(c => BulkDeleteAsync(remove.Select(s => (segContainer, (string?)s)), c), remove.Count + " segments of " + container + "/" + name)
                        .ConfigureAwait(false);
                throw;
            }
        }

        /// <summary>PUTs one segment and checks its ETag; a transport error, a 5xx or a wrong ETag sends it again.</summary>
        private async Task<string> PutSegmentAsync(string segContainer, string segName, string path, long offset, long size, Action<long> report,
            CancellationToken ct)
        {
            for (var attempt = 1; ; attempt++)
            {
                long sentThisTry = 0;
                using var content = new FileSliceContent(path, offset, size, n => { sentThisTry += n; report(n); });
                try
                {
                    string? etag;
                    using (var r = await SendAsync(HttpMethod.Put, ObjectPath(segContainer, segName), null, ct, content).ConfigureAwait(false))
                        etag = Header(r, "ETag")?.Trim('"');
                    if (string.Equals(etag, content.Md5, StringComparison.OrdinalIgnoreCase)) return etag!;
                    if (attempt >= SegmentAttempts)
                        throw new ObjectChecksumException("Segment " + segName + " was stored with ETag " + etag + ", but the data sent has MD5 " + content.Md5 + ".");
                }
                catch (OpenStackException ex) when (attempt < SegmentAttempts && !ct.IsCancellationRequested && Transient(ex)) { Retrying(segName, ex); }
                catch (IOException ex) when (attempt < SegmentAttempts && !ct.IsCancellationRequested) { Retrying(segName, ex); }
                catch (HttpRequestException ex) when (attempt < SegmentAttempts && !ct.IsCancellationRequested) { Retrying(segName, ex); }
                report(-sentThisTry);
            }
        }

        private static bool Transient(OpenStackException ex) => ex.StatusCode == null || (int)ex.StatusCode.Value >= 500;

        private static void Retrying(string segment, Exception ex) =>
            HttpTrace.Write(TraceLevel.Verbose, "Segment " + segment + " failed (" + ex.Message + "); sending it again.");

        /// <summary>Cleanup with a time limit of its own (the caller's token may be cancelled already); failures are traced, not thrown.</summary>
        private static async Task BestEffortAsync(Func<CancellationToken, Task> work, string what)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await work(limit.Token).ConfigureAwait(false);
                HttpTrace.Write(TraceLevel.Verbose, "The upload did not complete: " + what + " removed.");
            }
            catch (Exception e) when (e is OpenStackException || e is OperationCanceledException || e is ArgumentException)
            {
                HttpTrace.Write(TraceLevel.Verbose, "The upload did not complete and " + what + " could not be removed (" + e.Message + ").");
            }
        }
    }
}
