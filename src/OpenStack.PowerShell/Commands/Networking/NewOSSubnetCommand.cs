using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>
    /// New-OSSubnet: an IP range on a network, with gateway (or none), DNS servers, allocation pools, DHCP and host
    /// routes, its CIDR given or taken from a subnet pool. The CIDR and every address are checked before anything is sent.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSSubnet", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = GatewaySet)]
    [OutputType(typeof(Subnet))]
    public sealed class NewOSSubnetCommand : NeutronNewCmdlet<Subnet, SubnetOptions>
    {
        private const string GatewaySet = "Gateway";
        private const string NoGatewaySet = "NoGateway";

        /// <summary>The network: name, id, or the object (from the pipeline too).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId Network { get; set; } = null!;

        [Parameter] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public string? ProjectId { get; set; }

        /// <summary>"192.168.1.0/24"; may be left out with -SubnetPool.</summary>
        [Parameter(Position = 1)] public string? Cidr { get; set; }

        [Parameter] [ValidateSet("4", "6")] public string? IpVersion { get; set; }

        [Parameter(ParameterSetName = GatewaySet)] public string? GatewayIp { get; set; }

        [Parameter(ParameterSetName = NoGatewaySet, Mandatory = true)] public SwitchParameter NoGateway { get; set; }

        [Parameter] public string[]? DnsNameserver { get; set; }

        /// <summary>@{Start = '10.0.0.10'; End = '10.0.0.99'}, one per pool.</summary>
        [Parameter] public Hashtable[]? AllocationPool { get; set; }

        [Parameter] public bool? EnableDhcp { get; set; }

        /// <summary>@{Destination = '10.1.0.0/16'; NextHop = '10.0.0.254'}.</summary>
        [Parameter] public Hashtable[]? HostRoute { get; set; }

        /// <summary>The subnet pool (name, id or object) to take the CIDR from when -Cidr is left out.</summary>
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(SubnetPoolNameCompleter))] public string? SubnetPool { get; set; }

        /// <summary>With -SubnetPool: the prefix length of the CIDR to take (by default the pool's).</summary>
        [Parameter] [ValidateRange(0, 128)] public int? PrefixLength { get; set; }

        /// <summary>Device owners whose ports alone take addresses here, e.g. network:router_gateway (subnet service types).</summary>
        [Parameter] public string[]? ServiceType { get; set; }

        [Parameter] [ValidateSet("slaac", "dhcpv6-stateful", "dhcpv6-stateless")] public string? Ipv6RaMode { get; set; }

        [Parameter] [ValidateSet("slaac", "dhcpv6-stateful", "dhcpv6-stateless")] public string? Ipv6AddressMode { get; set; }

        protected override ResourceDescriptor<Subnet> Resource => NetworkResources.Subnets;

        protected override string Target(SubnetOptions options) => Name ?? Cidr ?? "new subnet";

        protected override SubnetOptions BuildOptions() => new SubnetOptions
        {
            Name = Name,
            Description = Description,
            ProjectId = ProjectId,
            Cidr = Cidr,
            IpVersion = IpVersion != null ? int.Parse(IpVersion, System.Globalization.CultureInfo.InvariantCulture) : (int?)null,
            GatewayIp = GatewayIp,
            NoGateway = NoGateway,
            DnsNameservers = DnsNameserver?.ToList(),
            AllocationPools = NeutronArguments.AllocationPools(AllocationPool),
            EnableDhcp = EnableDhcp,
            HostRoutes = NeutronArguments.HostRoutes(HostRoute),
            SubnetPoolId = SubnetPool,
            PrefixLength = PrefixLength,
            ServiceTypes = ServiceType?.ToList(),
            Ipv6RaMode = Ipv6RaMode,
            Ipv6AddressMode = Ipv6AddressMode,
        };

        protected override async Task ResolveAsync(ResourceClient client, SubnetOptions options, CancellationToken ct)
        {
            if (options.Cidr == null && options.SubnetPoolId == null) throw new System.ArgumentException("Give the subnet's -Cidr, or a -SubnetPool to take it from.");
            options.NetworkId = await client.FindIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false);
            if (SubnetPool == null) return;
            var pool = await client.FindAsync(NetworkResources.SubnetPools, SubnetPool, ct).ConfigureAwait(false);
            options.SubnetPoolId = pool.Id;
            // Neutron wants the IP version even when the pool decides the CIDR: the pool's is the only one that fits.
            if (options.IpVersion == null) options.IpVersion = pool.IpVersion;
            else if (options.IpVersion != pool.IpVersion)
                throw new System.ArgumentException("The subnet pool " + SubnetPool + " holds IPv" + pool.IpVersion + " prefixes, not IPv" + options.IpVersion + ".");
        }
    }
}
