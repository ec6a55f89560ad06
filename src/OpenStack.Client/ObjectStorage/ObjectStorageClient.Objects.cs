using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;

namespace OpenStack.Client.ObjectStorage
{
    public sealed partial class ObjectStorageClient
    {
        /// <summary>
        /// The container's objects, page after page by marker. With a delimiter ("/"), names past it are folded into
        /// pseudo-folders, listed as objects of their own (<see cref="StorageObject.IsFolder"/>).
        /// </summary>
        public async IAsyncEnumerable<StorageObject> ListObjectsAsync(string container, string? prefix, string? delimiter,
            [EnumeratorCancellation] CancellationToken ct = default)
        {
            var path = ContainerPath(container);
            string? marker = null;
            while (true)
            {
                var list = await PageAsync(path, prefix, delimiter, marker, OpenStackJsonContext.Default.ListStorageObject, ct).ConfigureAwait(false);
                foreach (var o in list)
                {
                    o.Container = container;
                    yield return o;
                }
                if (list.Count < PageSize || list.Count == 0) yield break;
                marker = list[list.Count - 1].Name;
            }
        }

        /// <summary>The object's headers as an object (a HEAD): size, ETag, type, metadata, expiry, whether it is an SLO.</summary>
        public async Task<StorageObject> GetObjectAsync(string container, string name, CancellationToken ct = default)
        {
            using var r = await SendAsync(HttpMethod.Head, ObjectPath(container, name), null, ct).ConfigureAwait(false);
            return FromHeaders(container, name, r);
        }

        internal static StorageObject FromHeaders(string container, string name, HttpResponseMessage r)
        {
            long.TryParse(Header(r, "X-Delete-At"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var deleteAt);
            return new StorageObject
            {
                Container = container,
                ObjectName = name,
                Bytes = r.Content?.Headers.ContentLength ?? 0,
                Hash = Header(r, "ETag")?.Trim('"'),
                ContentType = r.Content?.Headers.ContentType?.ToString(),
                LastModified = r.Content?.Headers.LastModified,
                IsLargeObject = string.Equals(Header(r, "X-Static-Large-Object"), "True", StringComparison.OrdinalIgnoreCase),
                DeleteAt = deleteAt > 0 ? DateTimeOffset.FromUnixTimeSeconds(deleteAt) : (DateTimeOffset?)null,
                Metadata = Metadata(r, "X-Object-Meta-"),
            };
        }

        /// <summary>
        /// Changes an object's metadata, content type or expiry. Swift's POST replaces all of an object's metadata, so the
        /// current metadata is read first and what is not named is kept; a null or empty value removes a key.
        /// </summary>
        public async Task<StorageObject> UpdateObjectAsync(string container, string name, IDictionary<string, string?>? metadata, string? contentType,
            TimeSpan? deleteAfter, bool keepExpiry, CancellationToken ct = default)
        {
            var current = await GetObjectAsync(container, name, ct).ConfigureAwait(false);
            var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var kv in current.Metadata) merged[kv.Key] = kv.Value;
            if (metadata != null) foreach (var kv in metadata) merged[kv.Key] = kv.Value;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var kv in merged)
                if (!string.IsNullOrEmpty(kv.Value)) headers["X-Object-Meta-" + kv.Key] = kv.Value!;
            if (contentType != null) headers["Content-Type"] = contentType;
            if (deleteAfter.HasValue) headers["X-Delete-After"] = ((long)Math.Ceiling(deleteAfter.Value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            // A POST without X-Delete-At clears the expiry: keep the one there was unless told otherwise.
            else if (keepExpiry && current.DeleteAt.HasValue) headers["X-Delete-At"] = current.DeleteAt.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var content = contentType != null ? EmptyBody(contentType) : null;
            if (content != null) headers.Remove("Content-Type");
            await SendAndForgetAsync(HttpMethod.Post, ObjectPath(container, name), headers, ct, content).ConfigureAwait(false);
            return await GetObjectAsync(container, name, ct).ConfigureAwait(false);
        }

        private static HttpContent EmptyBody(string? contentType)
        {
            var content = new ByteArrayContent(Array.Empty<byte>());
            if (contentType != null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return content;
        }

        /// <summary>Server-side copy (PUT with X-Copy-From): no data passes through the client. Metadata is copied unless <paramref name="freshMetadata"/>.</summary>
        public async Task<StorageObject> CopyObjectAsync(string container, string name, string toContainer, string toName,
            IDictionary<string, string?>? metadata, bool freshMetadata, CancellationToken ct = default)
        {
            ValidateObjectName(name);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["X-Copy-From"] = "/" + ObjectPath(container, name),
            };
            if (freshMetadata) headers["X-Fresh-Metadata"] = "true";
            AddMetadata(headers, "Object", metadata);
            await SendAndForgetAsync(HttpMethod.Put, ObjectPath(toContainer, toName), headers, ct, EmptyBody(null)).ConfigureAwait(false);
            return await GetObjectAsync(toContainer, toName, ct).ConfigureAwait(false);
        }

        /// <summary>Deletes one object; a large object's manifest takes its segments with it.</summary>
        public Task DeleteObjectAsync(string container, string name, CancellationToken ct = default) =>
            SendAndForgetAsync(HttpMethod.Delete, ObjectPath(container, name) + "?multipart-manifest=delete", null, ct);

        /// <summary>
        /// Deletes many objects (and empty containers: a name without "/" part) with the bulk middleware, up to 1,000
        /// a request. Returns how many were deleted and how many were not there; the names Swift could not delete
        /// make one error listing them.
        /// </summary>
        public async Task<BulkDeleteResult> BulkDeleteAsync(IEnumerable<(string Container, string? Name)> items, CancellationToken ct = default)
        {
            var result = new BulkDeleteResult();
            var batch = new List<string>();
            foreach (var (container, name) in items)
            {
                batch.Add("/" + (name == null ? ContainerPath(container) : ObjectPath(container, name)));
                if (batch.Count == 1000) { await BulkBatchAsync(batch, result, ct).ConfigureAwait(false); batch.Clear(); }
            }
            if (batch.Count > 0) await BulkBatchAsync(batch, result, ct).ConfigureAwait(false);
            if (result.Errors.Count > 0)
                throw new OpenStackException("The object store could not delete " + result.Errors.Count + " of them: " +
                    string.Join("; ", result.Errors.Take(10).Select(e => Uri.UnescapeDataString(e.Key.TrimStart('/')) + " (" + e.Value + ")")) +
                    (result.Errors.Count > 10 ? "; ..." : "") + ".");
            return result;
        }

        private async Task BulkBatchAsync(List<string> paths, BulkDeleteResult result, CancellationToken ct)
        {
            var content = new StringContent(string.Join("\n", paths) + "\n", Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            var headers = new Dictionary<string, string> { ["Accept"] = "application/json" };
            using var r = await SendAsync(HttpMethod.Post, "?bulk-delete", headers, ct, content).ConfigureAwait(false);
            var text = await r.Content.ReadAsStringAsync().ConfigureAwait(false);
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.TryGetProperty("Number Deleted", out var d)) result.Deleted += d.GetInt64();
            if (root.TryGetProperty("Number Not Found", out var n)) result.NotFound += n.GetInt64();
            if (root.TryGetProperty("Errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                foreach (var e in errors.EnumerateArray())
                    if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() >= 2)
                        result.Errors[e[0].GetString() ?? ""] = e[1].GetString() ?? "";
            // A whole-request failure (e.g. 400 for a bad line) comes back inside a 200.
            if (result.Errors.Count == 0 && root.TryGetProperty("Response Status", out var status) &&
                !(status.GetString() ?? "").StartsWith("2", StringComparison.Ordinal))
                throw new OpenStackException("The object store's bulk delete answered " + status.GetString() + ": " +
                    (root.TryGetProperty("Response Body", out var body) ? body.GetString() : "") + ".");
        }
    }

    public sealed class BulkDeleteResult
    {
        public long Deleted { get; set; }
        public long NotFound { get; set; }
        public Dictionary<string, string> Errors { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
    }
}
