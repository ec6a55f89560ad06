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
    /// <summary>Get-OSSubnet: subnets by name or id, or listed by network, CIDR and IP version.</summary>
    [Cmdlet(VerbsCommon.Get, "OSSubnet", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Subnet))]
    public sealed class GetOSSubnetCommand : NamedGetCmdlet<Subnet>
    {
        /// <summary>The network (name, id, or a network from the pipeline) whose subnets to list.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("NetworkId")]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId? Network { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)] public string? Cidr { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)] [ValidateSet("4", "6")] public string? IpVersion { get; set; }

        protected override ResourceDescriptor<Subnet> Resource => NetworkResources.Subnets;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            if (Network != null) filters.Add("network_id", await client.FindIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false));
            filters.Add("cidr", Cidr).Add("ip_version", IpVersion);
        }
    }
}
