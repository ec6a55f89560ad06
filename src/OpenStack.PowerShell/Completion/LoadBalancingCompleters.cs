using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Completion
{
    public sealed class LoadBalancerNameCompleter : ResourceNameCompleter<LoadBalancer> { protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers; }
    public sealed class LoadBalancerListenerNameCompleter : ResourceNameCompleter<Listener> { protected override ResourceDescriptor<Listener> Resource => LoadBalancingResources.Listeners; }
    public sealed class LoadBalancerPoolNameCompleter : ResourceNameCompleter<Pool> { protected override ResourceDescriptor<Pool> Resource => LoadBalancingResources.Pools; }
    public sealed class LoadBalancerL7PolicyNameCompleter : ResourceNameCompleter<L7Policy> { protected override ResourceDescriptor<L7Policy> Resource => LoadBalancingResources.L7Policies; }
    public sealed class LoadBalancerHealthMonitorNameCompleter : ResourceNameCompleter<HealthMonitor> { protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors; }

    /// <summary>The names of the members of the pool given in the command (-Pool); none until a pool is given.</summary>
    public sealed class LoadBalancerMemberNameCompleter : NameCompleter
    {
        protected override string Kind => "member";
        protected override string? ScopeOf(IDictionary? bound) => BoundText(bound, "Pool");

        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield break;
        }

        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, string pool, [EnumeratorCancellation] CancellationToken ct)
        {
            var client = new ResourceClient(s);
            var poolId = await client.FindIdAsync(LoadBalancingResources.Pools, pool, ct).ConfigureAwait(false);
            await foreach (var m in client.ListAsync(LoadBalancingResources.Members.Under(poolId), null, null, ct).ConfigureAwait(false))
                yield return m.Name;
        }
    }
}
