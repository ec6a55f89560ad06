using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSPort: ports by name or id, or listed by network, device (a server's id), owner, status, MAC or address.</summary>
    [Cmdlet(VerbsCommon.Get, "OSPort", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Port))]
    public sealed class GetOSPortCommand : NamedGetCmdlet<Port>
    {
        /// <summary>Ports on this network (name, id, or a network from the pipeline).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId? Network { get; set; }

        /// <summary>The server's ports (name, id, or a server from the pipeline).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId? Server { get; set; }

        /// <summary>The router's ports: its interfaces and gateway (name, id, or a router from the pipeline).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [Alias("RouterId")]
        [ReferenceTo(typeof(Client.Network.Router))]
        [ArgumentCompleter(typeof(RouterNameCompleter))] public NameOrId? Router { get; set; }

        /// <summary>The device using the port, by id: a server's, a router's, a DHCP agent's...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string? DeviceId { get; set; }

        /// <summary>compute:nova, network:router_interface, network:dhcp...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string? DeviceOwner { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)] public string? Status { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] public string? MacAddress { get; set; }

        /// <summary>Ports holding this fixed address.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string? IpAddress { get; set; }

        protected override ResourceDescriptor<Port> Resource => NetworkResources.Ports;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            if (Network != null) filters.Add("network_id", await client.FindIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false));
            var devices = (DeviceId != null ? 1 : 0) + (Server != null ? 1 : 0) + (Router != null ? 1 : 0);
            if (devices > 1) throw new System.ArgumentException("-Server, -Router and -DeviceId each name the device using the port: give one of them.");
            var deviceId = DeviceId;
            if (Server != null) deviceId = await client.ResolveIdAsync(Client.Compute.ComputeResources.Servers, Server.Value, ct).ConfigureAwait(false);
            if (Router != null) deviceId = await client.FindIdAsync(NetworkResources.Routers, Router.Value, ct).ConfigureAwait(false);
            filters.Add("device_id", deviceId).Add("device_owner", DeviceOwner).Add("status", Status?.ToUpperInvariant()).Add("mac_address", MacAddress?.ToLowerInvariant());
            if (IpAddress != null) filters.Add("fixed_ips", "ip_address=" + IpAddress);
        }
    }
}
