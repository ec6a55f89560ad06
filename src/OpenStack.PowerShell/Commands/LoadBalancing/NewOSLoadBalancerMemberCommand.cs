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
    /// New-OSLoadBalancerMember: one address and port in a pool. To add several (servers from the pipeline), use
    /// Add-OSLoadBalancerMember: one change of the load balancer for all of them.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancerMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Member))]
    public sealed class NewOSLoadBalancerMemberCommand : LoadBalancingNewCmdlet<Member, MemberOptions>
    {
        private string _poolId = "";

        /// <summary>The pool: name, id, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        [Parameter(Mandatory = true)] [ValidateNotNullOrEmpty] public string Address { get; set; } = null!;
        [Parameter(Mandatory = true)] [ValidateRange(1, 65535)] public int ProtocolPort { get; set; }
        /// <summary>The subnet the address is on (name or id); by default the load balancer's VIP subnet is assumed.</summary>
        [Parameter] [ArgumentCompleter(typeof(SubnetNameCompleter))] public string? Subnet { get; set; }
        /// <summary>0 to 256: its share of new connections (0: none).</summary>
        [Parameter] [ValidateRange(0, 256)] public int? Weight { get; set; }
        /// <summary>Send traffic to it only when every other member is down.</summary>
        [Parameter] public SwitchParameter Backup { get; set; }
        [Parameter] public string? MonitorAddress { get; set; }
        [Parameter] [ValidateRange(1, 65535)] public int? MonitorPort { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<Member> Resource => LoadBalancingResources.Members.Under(_poolId);
        protected override string Target(MemberOptions o) => Name ?? Address + ":" + ProtocolPort;

        protected override MemberOptions BuildOptions() => new MemberOptions
        {
            Name = Name, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Address = Address, ProtocolPort = ProtocolPort, Weight = Weight,
            Backup = Backup.IsPresent ? true : (bool?)null, MonitorAddress = MonitorAddress, MonitorPort = MonitorPort,
        };

        protected override async Task ResolveAsync(ResourceClient client, MemberOptions o, CancellationToken ct)
        {
            _poolId = await client.FindIdAsync(LoadBalancingResources.Pools, Pool.Value, ct).ConfigureAwait(false);
            LoadBalancerId = await new LoadBalancingClient(client).LoadBalancerOfPoolAsync(_poolId, ct).ConfigureAwait(false);
            if (Subnet != null) o.SubnetId = await client.FindIdAsync(NetworkResources.Subnets, Subnet, ct).ConfigureAwait(false);
        }

        protected override async Task<Member> CreateAsync(ResourceClient client, MemberOptions options, CancellationToken ct)
        {
            var member = await base.CreateAsync(client, options, ct).ConfigureAwait(false);
            member.PoolId = _poolId;
            return member;
        }
    }
}
