using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Paging
{
    /// <summary>
    /// Streams a list resource page by page, whatever the service's paging style: Nova, Cinder and Neutron
    /// <c>"servers_links":[{"rel":"next"}]</c>, Keystone <c>"links":{"next":..}</c>, Glance and Magnum <c>"next"</c>.
    /// Items are yielded as each page arrives; the whole list is never held.
    /// </summary>
    public static class Pager
    {
        /// <summary>Every item of <paramref name="collectionKey"/> across all pages of <paramref name="path"/>.</summary>
        public static async IAsyncEnumerable<T> ListAsync<T>(OpenStackSession session, string serviceType, string path, string collectionKey,
            JsonTypeInfo<T> itemType, int? pageSize = null, [EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var element in ListElementsAsync(session, serviceType, path, collectionKey, pageSize, ct).ConfigureAwait(false))
                yield return element.Deserialize(itemType)!;
        }

        /// <summary>The raw JSON items, for callers that map them themselves.</summary>
        public static async IAsyncEnumerable<JsonElement> ListElementsAsync(OpenStackSession session, string serviceType, string path, string collectionKey,
            int? pageSize = null, [EnumeratorCancellation] CancellationToken ct = default)
        {
            var first = pageSize.HasValue ? WithQuery(path, "limit", pageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : path;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // A marker-paged list that changes while it is read can show an item on two pages (Nova moves a server
            // that failed to schedule from its build requests into cell0 mid-listing): each id is written once.
            var ids = new HashSet<string>(StringComparer.Ordinal);
            string? next = first;
            while (next != null)
            {
                if (!seen.Add(next))
                    throw new OpenStackException("The " + serviceType + " service sent the same next-page link twice (" + next + "); stopped to avoid an endless listing.");
                using var doc = await session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, serviceType, next), ct).ConfigureAwait(false);
                if (doc == null) yield break;
                var root = doc.RootElement;
                if (!root.TryGetProperty(collectionKey, out var items) || items.ValueKind != JsonValueKind.Array)
                    throw new OpenStackException("The " + serviceType + " service answered GET " + next + " without a '" + collectionKey + "' list.");
                var count = 0;
                foreach (var item in items.EnumerateArray())
                {
                    count++;
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String &&
                        !ids.Add(id.GetString()!))
                    {
                        Http.HttpTrace.Write(Http.TraceLevel.Verbose, "Skipped " + id.GetString() + ": the " + serviceType + " service listed it twice while the list changed");
                        continue;
                    }
                    // Clone: the document is disposed when the next page is fetched.
                    yield return item.Clone();
                }
                var link = NextLink(root, collectionKey);
                next = count == 0 || link == null ? null : ContinueFrom(path, link);
            }
        }

        /// <summary>The next-page link in any of the services' styles, or null on the last page.</summary>
        public static string? NextLink(JsonElement root, string collectionKey)
        {
            if (root.TryGetProperty(collectionKey + "_links", out var links) && links.ValueKind == JsonValueKind.Array)
            {
                foreach (var l in links.EnumerateArray())
                    if (l.TryGetProperty("rel", out var rel) && rel.GetString() == "next" && l.TryGetProperty("href", out var href))
                        return href.GetString();
                return null;
            }
            // Nova's instance actions (2.58+): "links":[{"rel":"next"}] beside the list.
            if (root.TryGetProperty("links", out var la) && la.ValueKind == JsonValueKind.Array)
            {
                foreach (var l in la.EnumerateArray())
                    if (l.TryGetProperty("rel", out var rel) && rel.GetString() == "next" && l.TryGetProperty("href", out var href))
                        return href.GetString();
                return null;
            }
            if (root.TryGetProperty("links", out var ks) && ks.ValueKind == JsonValueKind.Object &&
                ks.TryGetProperty("next", out var ksNext))
                return ksNext.ValueKind == JsonValueKind.String ? ksNext.GetString() : null;
            if (root.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.String) return n.GetString();
            return null;
        }

        /// <summary>
        /// Services build next links from their own idea of their URL, which behind proxies may be the wrong host or
        /// scheme. Keep the path the caller asked for and take only the link's query (marker, limit, filters).
        /// </summary>
        internal static string ContinueFrom(string originalPath, string link)
        {
            var q = link.IndexOf('?');
            if (q < 0) return link;
            var basePath = originalPath;
            var oq = basePath.IndexOf('?');
            if (oq >= 0) basePath = basePath.Substring(0, oq);
            return basePath + link.Substring(q);
        }

        internal static string WithQuery(string path, string name, string value) =>
            path + (path.IndexOf('?') >= 0 ? "&" : "?") + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);
    }
}
