using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Paging;

namespace OpenStack.Client.Compute
{
    public sealed partial class ComputeClient
    {
        /// <summary>
        /// Every project's usage in [start, end) (GET os-simple-tenant-usage; an administrator's call), or with
        /// <paramref name="projectId"/> that project's (GET os-simple-tenant-usage/{id}, which a member may call for their own).
        /// Nova 2.40+ pages the servers behind the sums; the pages are followed and a project's parts added up.
        /// </summary>
        public async IAsyncEnumerable<TenantUsage> GetUsageAsync(string? projectId, DateTimeOffset start, DateTimeOffset end, bool detailed,
            [EnumeratorCancellation] CancellationToken ct = default)
        {
            if (end <= start) throw new ArgumentException("The end of the period (" + Iso(end) + ") must come after its start (" + Iso(start) + ").");
            var one = projectId != null;
            var key = one ? "tenant_usage" : "tenant_usages";
            var path = "os-simple-tenant-usage" + (one ? "/" + Uri.EscapeDataString(projectId!) : "") +
                       "?start=" + Uri.EscapeDataString(Iso(start)) + "&end=" + Uri.EscapeDataString(Iso(end)) + (!one && detailed ? "&detailed=1" : "");
            var byProject = new Dictionary<string, TenantUsage>(StringComparer.Ordinal);
            var order = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? next = path;
            while (next != null)
            {
                if (!seen.Add(next)) throw new OpenStackException("The compute service sent the same next-page link twice (" + next + "); stopped to avoid an endless listing.");
                using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, next), ct).ConfigureAwait(false);
                if (doc == null || !doc.RootElement.TryGetProperty(key, out var body)) break;
                var page = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray().ToList() : new List<JsonElement> { body };
                foreach (var e in page)
                {
                    // A project with no server in the period is {} from the one-project call.
                    if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("tenant_id", out _)) continue;
                    var usage = e.Deserialize(Json.OpenStackJsonContext.Default.TenantUsage)!;
                    if (byProject.TryGetValue(usage.ProjectId, out var have)) have.Merge(usage);
                    else { byProject[usage.ProjectId] = usage; order.Add(usage.ProjectId); }
                }
                var link = Pager.NextLink(doc.RootElement, key);
                // The one-project call's pages always hold its servers; the list's hold them only with detailed=1, and Nova
                // pages it all the same: an empty page ends it.
                next = link == null || page.Count == 0 ? null : Pager.ContinueFrom(path, link);
            }
            foreach (var id in order)
            {
                var usage = byProject[id];
                if (!detailed && !one) usage.Servers = null;
                yield return usage;
            }
        }

        private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture);
    }
}
