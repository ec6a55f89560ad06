using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>What operators do with Nova's fleet: capacity, services, aggregates' hosts and metadata, migrations.</summary>
    public sealed partial class ComputeClient
    {
        private static ResourceDescriptor<Hypervisor> Hypervisors => ComputeAdminResources.Hypervisors;

        /// <summary>
        /// Fills what the hypervisor record lacks: its servers (Nova lists them only when asked) and, from 2.88 when Nova
        /// stopped sending them, vCPUs, RAM and disk from Placement, whose resource provider is the hypervisor's id.
        /// Usable totals are Placement's: (total - reserved) x allocation ratio.
        /// </summary>
        public async Task<Hypervisor> CompleteHypervisorAsync(Hypervisor h, CancellationToken ct = default)
        {
            var servers = h.Servers == null ? ReadServersAsync(h.Id, ct) : Task.FromResult<List<HypervisorServer>?>(h.Servers);
            if (h.Vcpus == null)
            {
                var path = "resource_providers/" + Uri.EscapeDataString(h.Id);
                var inventories = _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, ServiceTypes.Placement, path + "/inventories"), ct);
                var usages = _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, ServiceTypes.Placement, path + "/usages"), ct);
                using (var inv = await inventories.ConfigureAwait(false))
                using (var use = await usages.ConfigureAwait(false))
                {
                    h.Vcpus = (int?)Capacity(inv, "VCPU");
                    h.MemoryMb = Capacity(inv, "MEMORY_MB");
                    h.LocalGb = Capacity(inv, "DISK_GB");
                    h.VcpusUsed = (int?)Used(use, "VCPU");
                    h.MemoryMbUsed = Used(use, "MEMORY_MB");
                    h.LocalGbUsed = Used(use, "DISK_GB");
                }
            }
            h.Servers = await servers.ConfigureAwait(false) ?? new List<HypervisorServer>();
            return h;
        }

        private async Task<List<HypervisorServer>?> ReadServersAsync(string hypervisorId, CancellationToken ct)
        {
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service,
                ResourceClient.ItemPath(Hypervisors, hypervisorId) + "?with_servers=true"), ct).ConfigureAwait(false);
            var h = doc?.RootElement.GetProperty("hypervisor").Deserialize(Json.OpenStackJsonContext.Default.Hypervisor);
            return h?.Servers;
        }

        private static long? Capacity(JsonDocument? inventories, string resourceClass)
        {
            if (inventories == null || !inventories.RootElement.TryGetProperty("inventories", out var all) || !all.TryGetProperty(resourceClass, out var r)) return null;
            var total = r.GetProperty("total").GetInt64();
            var reserved = r.TryGetProperty("reserved", out var res) ? res.GetInt64() : 0;
            var ratio = r.TryGetProperty("allocation_ratio", out var ar) ? ar.GetDouble() : 1.0;
            return (long)Math.Floor((total - reserved) * ratio);
        }

        private static long? Used(JsonDocument? usages, string resourceClass) =>
            usages != null && usages.RootElement.TryGetProperty("usages", out var all) && all.TryGetProperty(resourceClass, out var u) ? u.GetInt64() : 0;

        /// <summary>The one service of that binary on that host; none is a not-found error naming the hosts that have one.</summary>
        public async Task<ComputeService> FindServiceAsync(string host, string binary, CancellationToken ct = default)
        {
            if (string.IsNullOrWhiteSpace(host)) throw new ArgumentException("A host name is required.");
            var services = ComputeAdminResources.Services;
            var found = await AllAsync(_resources.ListAsync(services, new Query().Add("binary", binary).Add("host", host), null, ct)).ConfigureAwait(false);
            var one = found.FirstOrDefault(s => string.Equals(s.Host, host, StringComparison.OrdinalIgnoreCase));
            if (one != null) return one;
            var hosts = (await AllAsync(_resources.ListAsync(services, new Query().Add("binary", binary), null, ct)).ConfigureAwait(false)).Select(s => s.Host);
            throw new NotFoundException("No " + binary + " service runs on host '" + host + "'. Hosts with one: " + string.Join(", ", hosts) + ".");
        }

        private static async Task<List<T>> AllAsync<T>(IAsyncEnumerable<T> items)
        {
            var list = new List<T>();
            await foreach (var item in items.ConfigureAwait(false)) list.Add(item);
            return list;
        }

        /// <summary>Enables, disables (with a reason) or forces down a service: PUT os-services/{id} (2.53+), Nova's bare body.</summary>
        public async Task<ComputeService> UpdateServiceAsync(string serviceId, JsonObject changes, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Put, Service,
                ResourceClient.ItemPath(ComputeAdminResources.Services, serviceId), changes.ToJsonString()), ct).ConfigureAwait(false);
            return doc!.RootElement.GetProperty("service").Deserialize(Json.OpenStackJsonContext.Default.ComputeService)!;
        }

        /// <summary>An aggregate action (add_host, remove_host, set_metadata); Nova answers with the changed aggregate.</summary>
        public async Task<Aggregate> AggregateActionAsync(string aggregateId, string action, JsonObject argument, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service,
                ResourceClient.ItemPath(ComputeAdminResources.Aggregates, aggregateId) + "/action", new JsonObject { [action] = argument }.ToJsonString()), ct).ConfigureAwait(false);
            return doc!.RootElement.GetProperty("aggregate").Deserialize(Json.OpenStackJsonContext.Default.Aggregate)!;
        }

        /// <summary>Sets metadata items; a null value removes that key (Nova's own convention).</summary>
        public Task<Aggregate> SetAggregateMetadataAsync(string aggregateId, IDictionary<string, string?> metadata, CancellationToken ct = default)
        {
            var md = new JsonObject();
            foreach (var kv in metadata) md[kv.Key] = kv.Value;
            return AggregateActionAsync(aggregateId, "set_metadata", new JsonObject { ["metadata"] = md }, ct);
        }
    }
}
