using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Get-OSLoadBalancerPool: pools by name or id, or listed by load balancer.</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerPool", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Pool))]
    public sealed class GetOSLoadBalancerPoolCommand : NamedGetCmdlet<Pool>
    {
        /// <summary>The load balancer (name, id, or one from the pipeline) whose pools to list.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(LoadBalancer))]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public NameOrId? LoadBalancer { get; set; }

        protected override ResourceDescriptor<Pool> Resource => LoadBalancingResources.Pools;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct) =>
            FilterByAsync(client, filters, "loadbalancer_id", LoadBalancingResources.LoadBalancers, LoadBalancer, ct);
    }
}
