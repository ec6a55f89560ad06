using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerListener: changes listeners' default pool, limits, timeouts, allowed CIDRs, name or tags.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerListener", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Listener))]
    public sealed class SetOSLoadBalancerListenerCommand : LoadBalancerChildSetCmdlet<Listener, ListenerOptions>
    {
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        /// <summary>The pool traffic goes to (name or id, of the listener's load balancer); "" removes it.</summary>
        [Parameter] [AllowEmptyString] [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public string? DefaultPool { get; set; }
        [Parameter] [ValidateRange(-1, int.MaxValue)] public int? ConnectionLimit { get; set; }
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutClientData { get; set; }
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutMemberConnect { get; set; }
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutMemberData { get; set; }
        [Parameter] [ValidateRange(0, 31536000)] public int? TimeoutTcpInspect { get; set; }
        /// <summary>Replaces the allowed CIDRs; @() allows every client again.</summary>
        [Parameter] [AllowEmptyCollection] public string[]? AllowedCidr { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<Listener> Kind => LoadBalancingResources.Listeners;

        protected override ListenerOptions BuildOptions() => new ListenerOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, ConnectionLimit = ConnectionLimit,
            TimeoutClientData = TimeoutClientData, TimeoutMemberConnect = TimeoutMemberConnect, TimeoutMemberData = TimeoutMemberData,
            TimeoutTcpInspect = TimeoutTcpInspect, AllowedCidrs = AllowedCidr?.ToList(), DefaultPoolId = DefaultPool == "" ? "" : null,
        };

        /// <summary>A pool named is looked for among the pools of the listeners' load balancer, which the first listener tells.</summary>
        protected override async Task ResolveAsync(ResourceClient client, ListenerOptions o, CancellationToken ct)
        {
            if (string.IsNullOrEmpty(DefaultPool)) return;
            var pools = LoadBalancingResources.Pools;
            if (Id.Length == 1 || LoadBalancer != null)
            {
                var listener = await client.FindAsync(Resource, Id[0], ct).ConfigureAwait(false);
                if (listener.LoadBalancerId != null) pools = LoadBalancingResources.Within(pools, "loadbalancer_id", listener.LoadBalancerId);
            }
            o.DefaultPoolId = await client.FindIdAsync(pools, DefaultPool!, ct).ConfigureAwait(false);
        }
    }
}
