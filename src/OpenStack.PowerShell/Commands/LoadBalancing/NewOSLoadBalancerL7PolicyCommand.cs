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
    /// <summary>
    /// New-OSLoadBalancerL7Policy: what an HTTP listener does with a request all the policy's rules match: send it to
    /// another pool, redirect it, or reject it. Add the rules with New-OSLoadBalancerL7Rule.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancerL7Policy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(L7Policy))]
    public sealed class NewOSLoadBalancerL7PolicyCommand : LoadBalancingNewCmdlet<L7Policy, L7PolicyOptions>
    {
        /// <summary>The listener: name, id, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Listener))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerListenerNameCompleter))] public NameOrId Listener { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateSet("REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REDIRECT_PREFIX", "REJECT")]
        public string Action { get; set; } = null!;

        /// <summary>REDIRECT_TO_POOL: the pool (name or id, of the listener's load balancer).</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public string? RedirectPool { get; set; }
        /// <summary>REDIRECT_TO_URL: where to.</summary>
        [Parameter] public string? RedirectUrl { get; set; }
        /// <summary>REDIRECT_PREFIX: the scheme and host that replace the request's, its path kept.</summary>
        [Parameter] public string? RedirectPrefix { get; set; }
        /// <summary>The status of a redirect: 301, 302 (Octavia's default), 303, 307 or 308.</summary>
        [Parameter] [ValidateSet("301", "302", "303", "307", "308")] public int? RedirectHttpCode { get; set; }
        /// <summary>Where among the listener's policies it is tried, from 1; by default last.</summary>
        [Parameter] [ValidateRange(1, int.MaxValue)] public int? Position { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<L7Policy> Resource => LoadBalancingResources.L7Policies;
        protected override string Target(L7PolicyOptions o) => Name ?? Action + " policy";

        protected override L7PolicyOptions BuildOptions() => new L7PolicyOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Action = Action.ToUpperInvariant(),
            RedirectPoolId = RedirectPool, RedirectUrl = RedirectUrl, RedirectPrefix = RedirectPrefix, RedirectHttpCode = RedirectHttpCode, Position = Position,
        };

        protected override async Task ResolveAsync(ResourceClient client, L7PolicyOptions o, CancellationToken ct)
        {
            o.ListenerId = await client.FindIdAsync(LoadBalancingResources.Listeners, Listener.Value, ct).ConfigureAwait(false);
            LoadBalancerId = await new LoadBalancingClient(client).LoadBalancerOfListenerAsync(o.ListenerId, ct).ConfigureAwait(false);
            if (RedirectPool != null)
                o.RedirectPoolId = await client.FindIdAsync(LoadBalancerFollow.Within(LoadBalancingResources.Pools, LoadBalancerId), RedirectPool, ct).ConfigureAwait(false);
        }
    }
}
