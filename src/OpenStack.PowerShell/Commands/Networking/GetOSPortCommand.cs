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
    public sealed class GetOSPortCommand : NeutronGetCmdlet<Port>
    {
        [Parameter(ParameterSetName = ParameterSets.List)] [ResourceRef] [ArgumentCompleter(typeof(NetworkNameCompleter))] public string? Network { get; set; }

        /// <summary>The device using the port: a server's id, a router's id...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] [Alias("ServerId")] [ResourceRef] [ArgumentCompleter(typeof(ServerNameCompleter))] public string? DeviceId { get; set; }

        /// <summary>compute:nova, network:router_interface, network:dhcp...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string? DeviceOwner { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)] public string? Status { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] public string? MacAddress { get; set; }

        /// <summary>Ports holding this fixed address.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string? IpAddress { get; set; }

        protected override ResourceDescriptor<Port> Resource => NetworkResources.Ports;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            if (Network != null) filters.Add("network_id", await client.FindIdAsync(NetworkResources.Networks, Network, ct).ConfigureAwait(false));
            filters.Add("device_id", DeviceId).Add("device_owner", DeviceOwner).Add("status", Status?.ToUpperInvariant()).Add("mac_address", MacAddress?.ToLowerInvariant());
            if (IpAddress != null) filters.Add("fixed_ips", "ip_address=" + IpAddress);
        }
    }
}
