using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerL7Policy: changes L7 policies' action, target, position, name, tags or admin state.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerL7Policy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(L7Policy))]
    public sealed class SetOSLoadBalancerL7PolicyCommand : LoadBalancingSetCmdlet<L7Policy, L7PolicyOptions>
    {
        [Parameter] [ValidateSet("REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REDIRECT_PREFIX", "REJECT")] public string? Action { get; set; }
        /// <summary>The pool (name or id, of the policy's load balancer).</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public string? RedirectPool { get; set; }
        [Parameter] public string? RedirectUrl { get; set; }
        [Parameter] public string? RedirectPrefix { get; set; }
        [Parameter] [ValidateSet("301", "302", "303", "307", "308")] public int? RedirectHttpCode { get; set; }
        [Parameter] [ValidateRange(1, int.MaxValue)] public int? Position { get; set; }
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<L7Policy> Resource => LoadBalancingResources.L7Policies;

        protected override L7PolicyOptions BuildOptions() => new L7PolicyOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Action = Action?.ToUpperInvariant(),
            RedirectPoolId = RedirectPool, RedirectUrl = RedirectUrl, RedirectPrefix = RedirectPrefix, RedirectHttpCode = RedirectHttpCode, Position = Position,
        };

        /// <summary>A pool named is looked for among the pools of the first policy's load balancer.</summary>
        protected override async Task ResolveAsync(ResourceClient client, L7PolicyOptions o, CancellationToken ct)
        {
            if (RedirectPool == null) return;
            var octavia = new LoadBalancingClient(client);
            var policyId = await client.FindIdAsync(LoadBalancingResources.L7Policies, Id[0], ct).ConfigureAwait(false);
            var lb = await octavia.LoadBalancerOfL7PolicyAsync(policyId, ct).ConfigureAwait(false);
            o.RedirectPoolId = await client.FindIdAsync(LoadBalancerFollow.Within(LoadBalancingResources.Pools, lb), RedirectPool, ct).ConfigureAwait(false);
        }
    }
}
