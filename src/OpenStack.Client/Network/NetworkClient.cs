using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Paging;

namespace OpenStack.Client.Network
{
    /// <summary>Neutron (network v2.0): one set of operations for every resource type, plus router interfaces and floating IP association.</summary>
    public sealed class NetworkClient
    {
        private const string Service = ServiceTypes.Network;
        private readonly OpenStackSession _session;

        public NetworkClient(OpenStackSession session) { _session = session; }

        /// <summary>Streams every item, page by page; filters are sent to Neutron (field=value, a list repeats the field).</summary>
        public IAsyncEnumerable<T> ListAsync<T>(NeutronResource<T> resource, NeutronFilters? filters = null, int? pageSize = null, CancellationToken ct = default)
            where T : class =>
            Pager.ListAsync(_session, Service, resource.Path + (filters?.ToQuery() ?? ""), resource.Plural, resource.Type, pageSize, ct);

        /// <summary>The item, or null when there is none with that id.</summary>
        public async Task<T?> GetAsync<T>(NeutronResource<T> resource, string id, CancellationToken ct = default) where T : class
        {
            if (!NameResolver.LooksLikeId(id)) return null;
            try
            {
                using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, resource.Path + "/" + Uri.EscapeDataString(id)), ct).ConfigureAwait(false);
                return Unwrap(resource, doc, "GET");
            }
            catch (NotFoundException) { return null; }
        }

        /// <summary>One item by id or exact name (a floating IP: by its address); a clear error when none or several match.</summary>
        public Task<T> FindAsync<T>(NeutronResource<T> resource, string nameOrId, CancellationToken ct = default) where T : class =>
            NameResolver.FindAsync(resource.Kind, nameOrId, (id, c) => GetAsync(resource, id, c),
                c => ListAsync(resource, new NeutronFilters().Add(resource.NameField, nameOrId), null, c), resource.NameOf, resource.IdOf, ct);

        public async Task<string> FindIdAsync<T>(NeutronResource<T> resource, string nameOrId, CancellationToken ct = default) where T : class =>
            resource.IdOf(await FindAsync(resource, nameOrId, ct).ConfigureAwait(false));

        public async Task<T> CreateAsync<T>(NeutronResource<T> resource, JsonObject attributes, CancellationToken ct = default) where T : class
        {
            var body = new JsonObject { [resource.Singular] = attributes }.ToJsonString();
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, resource.Path, body), ct).ConfigureAwait(false);
            return Unwrap(resource, doc, "POST");
        }

        public async Task<T> UpdateAsync<T>(NeutronResource<T> resource, string id, JsonObject attributes, CancellationToken ct = default) where T : class
        {
            var body = new JsonObject { [resource.Singular] = attributes }.ToJsonString();
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Put, Service, resource.Path + "/" + Uri.EscapeDataString(id), body), ct).ConfigureAwait(false);
            return Unwrap(resource, doc, "PUT");
        }

        public async Task DeleteAsync<T>(NeutronResource<T> resource, string id, CancellationToken ct = default) where T : class
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, resource.Path + "/" + Uri.EscapeDataString(id)), ct).ConfigureAwait(false);
        }

        /// <summary>Connects a subnet (Neutron makes the port, at the subnet's gateway address) or an existing port to the router.</summary>
        public Task<RouterInterface> AddRouterInterfaceAsync(string routerId, string? subnetId, string? portId, CancellationToken ct = default) =>
            RouterInterfaceAsync(routerId, "add_router_interface", subnetId, portId, ct);

        public Task<RouterInterface> RemoveRouterInterfaceAsync(string routerId, string? subnetId, string? portId, CancellationToken ct = default) =>
            RouterInterfaceAsync(routerId, "remove_router_interface", subnetId, portId, ct);

        private async Task<RouterInterface> RouterInterfaceAsync(string routerId, string action, string? subnetId, string? portId, CancellationToken ct)
        {
            if ((subnetId == null) == (portId == null)) throw new ArgumentException("Give a subnet or a port, not both.");
            var body = new JsonObject();
            if (subnetId != null) body["subnet_id"] = subnetId; else body["port_id"] = portId;
            return await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Put, Service, "routers/" + Uri.EscapeDataString(routerId) + "/" + action, body.ToJsonString()),
                Json.OpenStackJsonContext.Default.RouterInterface, ct).ConfigureAwait(false);
        }

        /// <summary>
        /// The port of a server to give a floating IP: the one on <paramref name="networkId"/> if given, else its only port
        /// (several ports without a network is an ambiguity the caller must settle).
        /// </summary>
        public async Task<Port> FindServerPortAsync(string serverId, string? networkId, CancellationToken ct = default)
        {
            var filters = new NeutronFilters().Add("device_id", serverId);
            if (networkId != null) filters.Add("network_id", networkId);
            var ports = new List<Port>();
            await foreach (var p in ListAsync(NeutronResource<Port>.Ports, filters, null, ct).ConfigureAwait(false)) ports.Add(p);
            if (ports.Count == 1) return ports[0];
            if (ports.Count == 0)
                throw new NotFoundException("Server " + serverId + " has no port" + (networkId != null ? " on network " + networkId : "") + ".");
            throw new AmbiguousNameException("Server " + serverId + " has " + ports.Count + " ports (" + string.Join(", ", ports.Select(p => p.Id)) +
                "): give the network or the port.", ports.Select(p => p.Id).ToList());
        }

        private static T Unwrap<T>(NeutronResource<T> resource, JsonDocument? doc, string method) where T : class
        {
            if (doc != null && doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(resource.Singular, out var item))
                return item.Deserialize(resource.Type) ?? throw Unreadable(resource, method);
            throw Unreadable(resource, method);
        }

        private static OpenStackException Unreadable<T>(NeutronResource<T> resource, string method) where T : class =>
            new OpenStackException("Neutron answered " + method + " " + resource.Path + " without the '" + resource.Singular + "' this client expects.");
    }
}
