using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;

namespace OpenStack.Client.ObjectStorage
{
    public sealed partial class ObjectStorageClient
    {
        /// <summary>
        /// The segments of the Static Large Object an upload is about to replace (none when the name is free or holds a plain
        /// object): overwriting a manifest leaves its segments behind, so they are removed once the new object is in place,
        /// as the swift CLI does. One HEAD per upload; a manifest is read only for an existing large object.
        /// </summary>
        private async Task<IReadOnlyList<(string Container, string Name)>> SegmentsOfAsync(string container, string name, CancellationToken ct)
        {
            StorageObject existing;
            try { existing = await GetObjectAsync(container, name, ct).ConfigureAwait(false); }
            catch (NotFoundException) { return Array.Empty<(string, string)>(); }
            if (!existing.IsLargeObject) return Array.Empty<(string, string)>();
            using var r = await SendAsync(HttpMethod.Get, ObjectPath(container, name) + "?multipart-manifest=get", null, ct).ConfigureAwait(false);
            var json = await r.Content.ReadAsStringAsync().ConfigureAwait(false);
            var segments = new List<(string, string)>();
            using var doc = JsonDocument.Parse(json);
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                // "name" is "/<container>/<object>", unquoted.
                if (!item.TryGetProperty("name", out var path) || path.GetString() is not string p) continue;
                var slash = p.IndexOf('/', 1);
                if (p.Length > 1 && p[0] == '/' && slash > 1 && slash < p.Length - 1) segments.Add((p.Substring(1, slash - 1), p.Substring(slash + 1)));
            }
            return segments;
        }

        /// <summary>Removes the replaced object's segments that the new object does not use; a failure is traced, never thrown.</summary>
        private async Task RemoveReplacedSegmentsAsync(string container, string name, IReadOnlyList<(string Container, string Name)> old,
            CancellationToken ct)
        {
            if (old.Count == 0) return;
            var keep = new HashSet<(string, string)>(await SegmentsOfAsync(container, name, ct).ConfigureAwait(false));
            var remove = old.Where(s => !keep.Contains(s)).Select(s => (s.Container, (string?)s.Name)).ToList();
            if (remove.Count == 0) return;
            try
            {
                await BulkDeleteAsync(remove, ct).ConfigureAwait(false);
                HttpTrace.Write(TraceLevel.Verbose, "Removed the " + remove.Count + " segments of the large object " + container + "/" + name + " replaced.");
            }
            catch (OpenStackException e)
            {
                HttpTrace.Write(TraceLevel.Verbose, "The " + remove.Count + " segments of the large object " + container + "/" + name +
                    " replaced could not be removed (" + e.Message + ").");
            }
        }
    }
}
