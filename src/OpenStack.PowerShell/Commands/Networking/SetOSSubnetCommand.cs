using System.Collections;
using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Set-OSSubnet: changes name, gateway, DNS servers, pools, DHCP, host routes or service types of subnets.</summary>
    [Cmdlet(VerbsCommon.Set, "OSSubnet", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = GatewaySet)]
    [OutputType(typeof(Subnet))]
    public sealed class SetOSSubnetCommand : NamedSetCmdlet<Subnet, SubnetOptions>
    {
        private const string GatewaySet = "Gateway";
        private const string NoGatewaySet = "NoGateway";

        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter(ParameterSetName = GatewaySet)] public string? GatewayIp { get; set; }
        [Parameter(ParameterSetName = NoGatewaySet, Mandatory = true)] public SwitchParameter NoGateway { get; set; }
        /// <summary>Replaces the list; @() empties it.</summary>
        [Parameter] [AllowEmptyCollection] public string[]? DnsNameserver { get; set; }
        [Parameter] public Hashtable[]? AllocationPool { get; set; }
        [Parameter] public bool? EnableDhcp { get; set; }
        [Parameter] [AllowEmptyCollection] public Hashtable[]? HostRoute { get; set; }
        /// <summary>Replaces the subnet's service types; @() lets any port take addresses again.</summary>
        [Parameter] [AllowEmptyCollection] public string[]? ServiceType { get; set; }

        protected override ResourceDescriptor<Subnet> Resource => NetworkResources.Subnets;

        protected override SubnetOptions BuildOptions() => new SubnetOptions
        {
            Name = Name,
            Description = Description,
            GatewayIp = GatewayIp,
            NoGateway = NoGateway,
            DnsNameservers = DnsNameserver?.ToList(),
            AllocationPools = NeutronArguments.AllocationPools(AllocationPool),
            EnableDhcp = EnableDhcp,
            HostRoutes = NeutronArguments.HostRoutes(HostRoute),
            ServiceTypes = ServiceType?.ToList(),
        };
    }
}
