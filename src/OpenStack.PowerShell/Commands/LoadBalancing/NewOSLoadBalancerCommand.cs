using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>
    /// New-OSLoadBalancer: a load balancer with its VIP on a subnet, a network or an existing port; written once ACTIVE
    /// (unless -NoWait), so the next cmdlet can add its listeners at once.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(LoadBalancer))]
    public sealed class NewOSLoadBalancerCommand : LoadBalancingNewCmdlet<LoadBalancer, LoadBalancerOptions>
    {
        [Parameter(Position = 0)] [ValidateNotNullOrEmpty] public string? Name { get; set; }

        /// <summary>The subnet the VIP takes its address from: name, id or the object.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ReferenceTo(typeof(Subnet))]
        [ArgumentCompleter(typeof(SubnetNameCompleter))] public NameOrId? VipSubnet { get; set; }

        /// <summary>The network the VIP goes on (Octavia picks the subnet).</summary>
        [Parameter(ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId? VipNetwork { get; set; }

        /// <summary>An existing port to use as the VIP.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ReferenceTo(typeof(Port))]
        [ArgumentCompleter(typeof(PortNameCompleter))] public NameOrId? VipPort { get; set; }

        /// <summary>The VIP's address, within the subnet.</summary>
        [Parameter] public string? VipAddress { get; set; }
        /// <summary>The provider driver (amphora, ovn...); by default the cloud's.</summary>
        [Parameter] public string? Provider { get; set; }
        /// <summary>An Octavia flavor, by name or id.</summary>
        [Parameter] public string? Flavor { get; set; }
        [Parameter] public string? AvailabilityZone { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers;

        protected override LoadBalancerOptions BuildOptions() => new LoadBalancerOptions
        {
            Creating = true, Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, VipAddress = VipAddress,
            Provider = Provider, AvailabilityZone = AvailabilityZone,
            // Placeholders until resolved: Validate only checks that one is given.
            VipSubnetId = VipSubnet?.Value, VipNetworkId = VipNetwork?.Value, VipPortId = VipPort?.Value,
        };

        protected override async Task ResolveAsync(ResourceClient client, LoadBalancerOptions o, CancellationToken ct)
        {
            if (VipSubnet != null) o.VipSubnetId = await client.FindIdAsync(NetworkResources.Subnets, VipSubnet.Value, ct).ConfigureAwait(false);
            if (VipNetwork != null) o.VipNetworkId = await client.FindIdAsync(NetworkResources.Networks, VipNetwork.Value, ct).ConfigureAwait(false);
            if (VipPort != null) o.VipPortId = await client.FindIdAsync(NetworkResources.Ports, VipPort.Value, ct).ConfigureAwait(false);
            if (Flavor != null) o.FlavorId = await client.FindIdAsync(LoadBalancingResources.Flavors, Flavor, ct).ConfigureAwait(false);
        }

        protected override Task<LoadBalancer> CreateAsync(ResourceClient client, LoadBalancerOptions options, CancellationToken ct) =>
            new LoadBalancingClient(client).CreateLoadBalancerAsync(options,
                LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Creating load balancer " + (Name ?? ""), "Load balancer " + (Name ?? "(new)"))), ct);
    }
}
