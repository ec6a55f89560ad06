using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Name-or-id resolution for resources of services whose full clients other cmdlets refer to by id only:
    /// GET {collection}/{id}, else GET {collection}?name=..., exactly one match.
    /// </summary>
    public static class IdLookup
    {
        public static async Task<string> FindIdAsync(OpenStackSession session, string serviceType, string collection, string kind, string nameOrId, CancellationToken ct)
        {
            var found = await NameResolver.FindAsync(kind, nameOrId,
                (id, c) => GetAsync(session, serviceType, collection + "/" + Uri.EscapeDataString(id), c),
                c => ByNameAsync(session, serviceType, collection, nameOrId, c),
                e => e.Name, e => e.Id, ct).ConfigureAwait(false);
            return found.Id;
        }

        private sealed class Entry
        {
            public Entry(string id, string? name) { Id = id; Name = name; }
            public string Id { get; }
            public string? Name { get; }
        }

        private static async Task<Entry?> GetAsync(OpenStackSession session, string serviceType, string path, CancellationToken ct)
        {
            if (!NameResolver.LooksLikeId(path.Substring(path.LastIndexOf('/') + 1))) return null;
            try
            {
                using var doc = await session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, serviceType, path), ct).ConfigureAwait(false);
                if (doc == null) return null;
                // Glance answers the image itself; the others wrap it: {"network": {...}}.
                var e = doc.RootElement.TryGetProperty("id", out _) ? doc.RootElement : First(doc.RootElement);
                return e.HasValue ? ToEntry(e.Value) : null;
            }
            catch (NotFoundException) { return null; }
        }

        private static async IAsyncEnumerable<Entry> ByNameAsync(OpenStackSession session, string serviceType, string collection, string name,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var key = collection.Substring(collection.LastIndexOf('/') + 1);
            await foreach (var e in Paging.Pager.ListElementsAsync(session, serviceType, collection + "?name=" + Uri.EscapeDataString(name), key, null, ct).ConfigureAwait(false))
                yield return ToEntry(e);
        }

        private static JsonElement? First(JsonElement root)
        {
            foreach (var p in root.EnumerateObject()) if (p.Value.ValueKind == JsonValueKind.Object) return p.Value;
            return null;
        }

        private static Entry ToEntry(JsonElement e) =>
            new Entry(e.GetProperty("id").GetString() ?? "", e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null);
    }
}
