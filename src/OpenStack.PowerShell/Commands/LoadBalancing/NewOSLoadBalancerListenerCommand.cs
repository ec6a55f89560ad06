using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>New-OSLoadBalancerListener: a protocol and port on a load balancer's VIP, with its default pool, limits and timeouts.</summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancerListener", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Listener))]
    public sealed class NewOSLoadBalancerListenerCommand : LoadBalancingNewCmdlet<Listener, ListenerOptions>
    {
        /// <summary>The load balancer: name, id, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(LoadBalancer))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public NameOrId LoadBalancer { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateSet("HTTP", "HTTPS", "TCP", "UDP", "SCTP", "TERMINATED_HTTPS", "PROMETHEUS")]
        public string Protocol { get; set; } = null!;

        [Parameter(Mandatory = true)] [ValidateRange(1, 65535)] public int ProtocolPort { get; set; }

        [Parameter] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        /// <summary>The pool traffic goes to (name or id, a pool of this load balancer).</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public string? DefaultPool { get; set; }
        /// <summary>The most connections at once; -1 for no limit.</summary>
        [Parameter] [ValidateRange(-1, int.MaxValue)] public int? ConnectionLimit { get; set; }
        /// <summary>Milliseconds a client may stay idle.</summary>
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutClientData { get; set; }
        /// <summary>Milliseconds to wait for a member to accept a connection.</summary>
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutMemberConnect { get; set; }
        /// <summary>Milliseconds a member may stay idle.</summary>
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutMemberData { get; set; }
        /// <summary>Milliseconds to wait for more TCP data to inspect.</summary>
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutTcpInspect { get; set; }
        /// <summary>Only clients from these CIDRs may connect.</summary>
        [Parameter] public string[]? AllowedCidr { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<Listener> Resource => LoadBalancingResources.Listeners;
        protected override string Target(ListenerOptions o) => Name ?? Protocol + ":" + ProtocolPort;

        protected override ListenerOptions BuildOptions() => new ListenerOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Protocol = Protocol.ToUpperInvariant(), ProtocolPort = ProtocolPort,
            ConnectionLimit = ConnectionLimit, TimeoutClientData = TimeoutClientData, TimeoutMemberConnect = TimeoutMemberConnect,
            TimeoutMemberData = TimeoutMemberData, TimeoutTcpInspect = TimeoutTcpInspect, AllowedCidrs = AllowedCidr?.ToList(),
        };

        protected override async Task ResolveAsync(ResourceClient client, ListenerOptions o, CancellationToken ct)
        {
            LoadBalancerId = o.LoadBalancerId = await client.FindIdAsync(LoadBalancingResources.LoadBalancers, LoadBalancer.Value, ct).ConfigureAwait(false);
            if (DefaultPool != null)
                o.DefaultPoolId = await client.FindIdAsync(LoadBalancingResources.Within(LoadBalancingResources.Pools, "loadbalancer_id", LoadBalancerId), DefaultPool, ct).ConfigureAwait(false);
        }
    }
}
