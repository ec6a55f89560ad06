using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>A server's task log (instance actions), its consoles, its security groups and its network interfaces.</summary>
    public sealed partial class ComputeClient
    {
        /// <summary>remote-consoles replaced the os-get*Console actions in 2.6.</summary>
        public static readonly Microversion RemoteConsoles = new Microversion(2, 6);

        /// <summary>The protocol Nova wants with each console type.</summary>
        public static readonly IReadOnlyDictionary<string, string> ConsoleProtocols = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["novnc"] = "vnc", ["xvpvnc"] = "vnc", ["spice-html5"] = "spice", ["rdp-html5"] = "rdp", ["serial"] = "serial", ["webmks"] = "mks",
        };

        /// <summary>
        /// The server's actions, newest first as Nova lists them (every page from 2.58), each read again for its steps
        /// unless <paramref name="withSteps"/> is false.
        /// </summary>
        public async IAsyncEnumerable<ServerEvent> ListServerEventsAsync(string serverId, bool withSteps = true, int? pageSize = null,
            [EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var action in _resources.ListAsync(ComputeResources.ServerEvents.Under(serverId), null, pageSize, ct).ConfigureAwait(false))
                yield return withSteps ? await GetServerEventAsync(serverId, action.RequestId, ct).ConfigureAwait(false) : action;
        }

        /// <summary>One action with its steps; Nova's 404 when the server has no action of that request id.</summary>
        public async Task<ServerEvent> GetServerEventAsync(string serverId, string requestId, CancellationToken ct = default)
        {
            var d = ComputeResources.ServerEvents.Under(serverId);
            var path = ResourceClient.ItemPath(d, requestId);
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, path), ct).ConfigureAwait(false);
            return ResourceClient.Read(d, doc, "GET", path);
        }

        /// <summary>A console URL of the given type (novnc, spice-html5, serial...): Nova's answer as it is, or its error.</summary>
        public async Task<ConsoleUrl> GetConsoleUrlAsync(string serverId, string type, CancellationToken ct = default)
        {
            if (!ConsoleProtocols.TryGetValue(type, out var protocol))
                throw new ArgumentException("Unknown console type '" + type + "'; Nova knows " + string.Join(", ", ConsoleProtocols.Keys) + ".");
            if (await _session.GetMicroversionAsync(Service, ct).ConfigureAwait(false) is Microversion have && have < RemoteConsoles)
                throw new NotSupportedException("Console URLs need compute API microversion " + RemoteConsoles + " or later; this cloud's is " + have + ".");
            var body = new JsonObject { ["remote_console"] = new JsonObject { ["protocol"] = protocol, ["type"] = type.ToLowerInvariant() } }.ToJsonString();
            var path = ResourceClient.ItemPath(Servers, serverId) + "/remote-consoles";
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, path, body), ct).ConfigureAwait(false);
            if (doc == null || !doc.RootElement.TryGetProperty("remote_console", out var console))
                throw new OpenStackException("The compute service answered POST " + path + " without the 'remote_console' this client expects.");
            var url = System.Text.Json.JsonSerializer.Deserialize(console, Json.OpenStackJsonContext.Default.ConsoleUrl)
                ?? throw new OpenStackException("The compute service sent an empty console.");
            url.ServerId = serverId;
            return url;
        }

        /// <summary>Puts the server's ports in a security group (Nova takes its name or id).</summary>
        public Task AddSecurityGroupAsync(string serverId, string securityGroup, CancellationToken ct = default) =>
            ActionAsync(serverId, "addSecurityGroup", new JsonObject { ["name"] = securityGroup }, ct);

        /// <summary>Takes the server's ports out of a security group; Nova's 400 when the server is not in it.</summary>
        public Task RemoveSecurityGroupAsync(string serverId, string securityGroup, CancellationToken ct = default) =>
            ActionAsync(serverId, "removeSecurityGroup", new JsonObject { ["name"] = securityGroup }, ct);

        /// <summary>Plugs a new port on a network (optionally with a fixed IP), or an existing port, into the server.</summary>
        public async Task<ServerInterface> AttachInterfaceAsync(string serverId, string? networkId, string? portId, string? fixedIp, CancellationToken ct = default)
        {
            if ((networkId == null) == (portId == null)) throw new ArgumentException("Give a network or a port to attach, not both.");
            if (fixedIp != null && networkId == null) throw new ArgumentException("A fixed IP is chosen on a network, not on an existing port.");
            var a = new JsonObject();
            if (networkId != null) a["net_id"] = networkId;
            if (portId != null) a["port_id"] = portId;
            if (fixedIp != null) a["fixed_ips"] = new JsonArray(new JsonObject { ["ip_address"] = fixedIp });
            var attached = await _resources.CreateAsync(ComputeResources.ServerInterfaces.Under(serverId), a, ct).ConfigureAwait(false);
            attached.ServerId = serverId;
            return attached;
        }

        /// <summary>Unplugs a port; Nova deletes a port it made for the server and leaves a given one unbound.</summary>
        public Task DetachInterfaceAsync(string serverId, string portId, CancellationToken ct = default) =>
            _resources.DeleteAsync(ComputeResources.ServerInterfaces.Under(serverId), portId, null, ct);

        /// <summary>Polls Neutron until the port is ACTIVE (an attach done), or fails on ERROR.</summary>
        public Task<Port?> WaitForPortActiveAsync(string portId, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => _resources.GetAsync(NetworkResources.Ports, portId, c), p => p.Status, _ => null, "port " + portId, options, ct);

        /// <summary>Polls Neutron until the port is gone or no longer bound to the server (a detach done).</summary>
        public async Task WaitForPortDetachedAsync(string serverId, string portId, WaitOptions options, CancellationToken ct = default)
        {
            options.GoneIsSuccess = true;
            await StatusWaiter.WaitAsync(async c =>
                {
                    var port = await _resources.GetAsync(NetworkResources.Ports, portId, c).ConfigureAwait(false);
                    return port != null && port.DeviceId == serverId ? port : null;
                },
                _ => "attached", _ => null, "port " + portId + " of server " + serverId, options, ct).ConfigureAwait(false);
        }
    }
}
