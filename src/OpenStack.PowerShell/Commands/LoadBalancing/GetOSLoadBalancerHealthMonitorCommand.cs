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
    /// <summary>Get-OSLoadBalancerHealthMonitor: health monitors by name or id, or the one of a pool.</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerHealthMonitor", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(HealthMonitor))]
    public sealed class GetOSLoadBalancerHealthMonitorCommand : NamedGetCmdlet<HealthMonitor>
    {
        /// <summary>The pool (name, id, or one from the pipeline) whose health monitor to get.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Pool))]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId? Pool { get; set; }

        protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct) =>
            FilterByAsync(client, filters, "pool_id", LoadBalancingResources.Pools, Pool, ct);
    }
}
