using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Quotas
{
    /// <summary>What a quota read returns: the limits, the limits with use and reservations, or the cloud's defaults.</summary>
    public enum QuotaView { Limits, Usage, Defaults }

    /// <summary>
    /// The quota calls of Nova (os-quota-sets), Cinder (os-quota-sets) and Neutron (quotas): each service keeps its own quotas
    /// under its own keys and shape, read, set and reset here one service at a time.
    /// </summary>
    public sealed class QuotaClient
    {
        /// <summary>The services with quotas, in the order they are shown.</summary>
        public static readonly IReadOnlyList<string> Services = new[] { ServiceTypes.Compute, ServiceTypes.BlockStorage, ServiceTypes.Network };

        private readonly OpenStackSession _session;

        public QuotaClient(OpenStackSession session) { _session = session; }

        /// <summary>Whether the session's catalog (or an endpoint override) has the service.</summary>
        public bool HasService(string serviceType) => Missing(serviceType) == null;

        /// <summary>Why the session has no endpoint for the service (the catalog's own words), or null when it has one.</summary>
        public string? Missing(string serviceType)
        {
            try { _session.GetEndpoint(serviceType); return null; }
            catch (ConfigurationException ex) { return ex.Message; }
        }

        private static string Path(string service, string projectId, QuotaView view)
        {
            var id = Uri.EscapeDataString(projectId);
            if (service == ServiceTypes.Network)
                return "quotas/" + id + (view == QuotaView.Usage ? "/details" : view == QuotaView.Defaults ? "/default" : "");
            return "os-quota-sets/" + id + (view == QuotaView.Defaults ? "/defaults" : view == QuotaView.Usage
                // Nova has a /detail view; Cinder takes ?usage=True on the quota set itself.
                ? (service == ServiceTypes.Compute ? "/detail" : "?usage=True") : "");
        }

        private static string Wrapper(string service) => service == ServiceTypes.Network ? "quota" : "quota_set";

        /// <summary>One service's quotas of a project.</summary>
        public async Task<IReadOnlyList<QuotaItem>> GetAsync(string service, string projectId, QuotaView view, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, service, Path(service, projectId, view)), ct).ConfigureAwait(false);
            if (doc == null || !doc.RootElement.TryGetProperty(Wrapper(service), out var set) || set.ValueKind != JsonValueKind.Object)
                throw new OpenStackException("The " + service + " service answered a quota read for project " + projectId + " without a '" + Wrapper(service) + "' object.");
            return Parse(service, set);
        }

        /// <summary>The items of a quota set: a number per key, or {limit, in_use (Neutron: used), reserved} with usage.</summary>
        internal static IReadOnlyList<QuotaItem> Parse(string service, JsonElement set)
        {
            var items = new List<QuotaItem>();
            foreach (var p in set.EnumerateObject())
            {
                if (p.Name == "id") continue;
                if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var limit))
                    items.Add(new QuotaItem(service, p.Name, limit));
                else if (p.Value.ValueKind == JsonValueKind.Object && Number(p.Value, "limit") is long l)
                    items.Add(new QuotaItem(service, p.Name, l, Number(p.Value, "in_use") ?? Number(p.Value, "used") ?? 0, Number(p.Value, "reserved") ?? 0));
            }
            return items;
        }

        private static long? Number(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : (long?)null;

        /// <summary>Sets some of one service's quotas of a project (PUT); the others keep their values.</summary>
        public async Task SetAsync(string service, string projectId, IReadOnlyDictionary<string, long> values, CancellationToken ct = default)
        {
            if (values.Count == 0) return;
            var set = new JsonObject();
            foreach (var kv in values) set[kv.Key] = kv.Value;
            var body = new JsonObject { [Wrapper(service)] = set }.ToJsonString();
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Put, service, Path(service, projectId, QuotaView.Limits), body), ct).ConfigureAwait(false);
        }

        /// <summary>Puts one service's quotas of a project back to the cloud's defaults (DELETE of its quota set).</summary>
        public async Task ResetAsync(string service, string projectId, CancellationToken ct = default)
        {
            try
            {
                using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, service, Path(service, projectId, QuotaView.Limits)), ct).ConfigureAwait(false);
            }
            // Neutron answers 404 TenantQuotaNotFound for a project with no values of its own: it is at the defaults already.
            catch (NotFoundException) when (service == ServiceTypes.Network) { }
        }

        /// <summary>The caller's absolute limits and use in one service (Nova or Cinder GET /limits), in the service's order.</summary>
        public async Task<IReadOnlyList<AbsoluteLimit>> GetLimitsAsync(string service, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, service, "limits"), ct).ConfigureAwait(false);
            var list = new List<AbsoluteLimit>();
            if (doc != null && doc.RootElement.TryGetProperty("limits", out var limits) && limits.TryGetProperty("absolute", out var absolute) &&
                absolute.ValueKind == JsonValueKind.Object)
                foreach (var p in absolute.EnumerateObject())
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var n)) list.Add(new AbsoluteLimit(service, p.Name, n));
            return list;
        }

        /// <summary>A limit as the services take it: a whole number, -1 for none.</summary>
        public static long CheckLimit(string key, long value)
        {
            if (value < -1) throw new ArgumentException("The quota " + key + " cannot be " + value.ToString(CultureInfo.InvariantCulture) + ": give a number of 0 or more, or -1 for no limit.");
            return value;
        }
    }
}
