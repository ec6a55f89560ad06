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
    /// <summary>What Neutron has beyond its resources' shared operations: router interfaces, and a server's port for a floating IP.</summary>
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
