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
    /// <summary>Get-OSLoadBalancerListener: listeners by name or id, or listed by load balancer and protocol.</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerListener", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Listener))]
    public sealed class GetOSLoadBalancerListenerCommand : NamedGetCmdlet<Listener>
    {
        /// <summary>The load balancer (name, id, or one from the pipeline) whose listeners to list.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(LoadBalancer))]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public NameOrId? LoadBalancer { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)] public string? Protocol { get; set; }

        protected override ResourceDescriptor<Listener> Resource => LoadBalancingResources.Listeners;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            await FilterByAsync(client, filters, "loadbalancer_id", LoadBalancingResources.LoadBalancers, LoadBalancer, ct).ConfigureAwait(false);
            filters.Add("protocol", Protocol?.ToUpperInvariant());
        }
    }
}
