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
    /// <summary>Get-OSLoadBalancerL7Policy: L7 policies by name or id, or listed by listener and action.</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerL7Policy", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(L7Policy))]
    public sealed class GetOSLoadBalancerL7PolicyCommand : NamedGetCmdlet<L7Policy>
    {
        /// <summary>The listener (name, id, or one from the pipeline) whose policies to list.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Listener))]
        [ArgumentCompleter(typeof(LoadBalancerListenerNameCompleter))] public NameOrId? Listener { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateSet("REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REDIRECT_PREFIX", "REJECT")]
        public string? Action { get; set; }

        protected override ResourceDescriptor<L7Policy> Resource => LoadBalancingResources.L7Policies;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            await FilterByAsync(client, filters, "listener_id", LoadBalancingResources.Listeners, Listener, ct).ConfigureAwait(false);
            filters.Add("action", Action?.ToUpperInvariant());
        }
    }
}
