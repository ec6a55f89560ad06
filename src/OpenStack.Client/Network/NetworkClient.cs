using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Network
{
    /// <summary>What Neutron has beyond its resources' shared operations: router interfaces and routes, and a server's port for a floating IP.</summary>
    public sealed class NetworkClient
    {
        private const string Service = ServiceTypes.Network;
        private readonly OpenStackSession _session;
        private readonly ResourceClient _resources;

        public NetworkClient(OpenStackSession session)
        {
            _session = session;
            _resources = new ResourceClient(session);
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
        /// Adds static routes to the router in one step on Neutron's side (extraroute-atomic), so routes added at the same
        /// time by someone else are kept; a route it already has is no change. Returns the router with all its routes.
        /// </summary>
        public Task<Router> AddRoutesAsync(string routerId, IReadOnlyCollection<HostRoute> routes, CancellationToken ct = default) =>
            ExtraRoutesAsync(routerId, "add_extraroutes", routes, ct);

        /// <summary>Removes these static routes (a route it does not have is no change); returns the router with the routes left.</summary>
        public Task<Router> RemoveRoutesAsync(string routerId, IReadOnlyCollection<HostRoute> routes, CancellationToken ct = default) =>
            ExtraRoutesAsync(routerId, "remove_extraroutes", routes, ct);

        private async Task<Router> ExtraRoutesAsync(string routerId, string action, IReadOnlyCollection<HostRoute> routes, CancellationToken ct)
        {
            if (routes.Count == 0) throw new ArgumentException("Give at least one route.");
            RouteCheck.Check(routes);
            var path = "routers/" + Uri.EscapeDataString(routerId) + "/" + action;
            var body = new JsonObject { ["router"] = new JsonObject { ["routes"] = RouteCheck.ToJson(routes) } };
            try
            {
                using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Put, Service, path, body.ToJsonString()), ct).ConfigureAwait(false);
                return ResourceClient.Read(NetworkResources.Routers, doc, "PUT", path);
            }
            catch (NotFoundException)
            {
                if (await HasExtensionAsync("extraroute-atomic", ct).ConfigureAwait(false)) throw;
            }
            // Without the action, adding by reading and writing the whole list could lose a concurrent change: say so instead.
            throw new NotSupportedException("This cloud's Neutron has no extraroute-atomic extension to add or remove single routes: " +
                "set the router's whole list of routes instead.");
        }

        /// <summary>Whether Neutron has the extension with this alias.</summary>
        public async Task<bool> HasExtensionAsync(string alias, CancellationToken ct = default)
        {
            try
            {
                using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Get, Service, "extensions/" + Uri.EscapeDataString(alias)), ct).ConfigureAwait(false);
                return true;
            }
            catch (NotFoundException) { return false; }
        }

        /// <summary>
        /// The port of a server to give a floating IP: the one on <paramref name="networkId"/> if given, else its only port
        /// (several ports without a network is an ambiguity the caller must settle).
        /// </summary>
        public async Task<Port> FindServerPortAsync(string serverId, string? networkId, CancellationToken ct = default)
        {
            var filters = new Query().Add("device_id", serverId).Add("network_id", networkId);
            var ports = new List<Port>();
            await foreach (var p in _resources.ListAsync(NetworkResources.Ports, filters, null, ct).ConfigureAwait(false)) ports.Add(p);
            if (ports.Count == 1) return ports[0];
            if (ports.Count == 0)
                throw new NotFoundException("Server " + serverId + " has no port" + (networkId != null ? " on network " + networkId : "") + ".");
            throw new AmbiguousNameException("Server " + serverId + " has " + ports.Count + " ports (" + string.Join(", ", ports.Select(p => p.Id)) +
                "): give the network or the port.", ports.Select(p => p.Id).ToList());
        }
    }
}
