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
    /// <summary>Get-OSFloatingIP: floating IPs by id or address, or listed by network, port, fixed address or status.</summary>
    [Cmdlet(VerbsCommon.Get, "OSFloatingIP", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(FloatingIp))]
    public sealed class GetOSFloatingIPCommand : NamedGetCmdlet<FloatingIp>
    {
        /// <summary>The external network the addresses come from.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId? Network { get; set; }

        /// <summary>The address on this port (name, id, or a port from the pipeline).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [Alias("PortId")]
        [ReferenceTo(typeof(Client.Network.Port))]
        [ArgumentCompleter(typeof(PortNameCompleter))] public NameOrId? Port { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] public string? FixedIpAddress { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] public string? Status { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] public string? ProjectId { get; set; }

        protected override ResourceDescriptor<FloatingIp> Resource => NetworkResources.FloatingIps;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            if (Network != null) filters.Add("floating_network_id", await client.FindIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false));
            if (Port != null) filters.Add("port_id", await client.FindIdAsync(NetworkResources.Ports, Port.Value, ct).ConfigureAwait(false));
            filters.Add("fixed_ip_address", FixedIpAddress).Add("status", Status?.ToUpperInvariant()).Add("project_id", ProjectId);
        }
    }
}
