using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Get-OSLoadBalancer: load balancers by name or id, or listed by status and tag.</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancer", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(LoadBalancer))]
    public sealed class GetOSLoadBalancerCommand : NamedGetCmdlet<LoadBalancer>
    {
        /// <summary>ACTIVE, ERROR, PENDING_UPDATE...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateSet("ACTIVE", "ERROR", "PENDING_CREATE", "PENDING_UPDATE", "PENDING_DELETE")]
        public string? ProvisioningStatus { get; set; }

        /// <summary>Load balancers with all of these tags.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string[]? Tag { get; set; }

        protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            filters.Add("provisioning_status", ProvisioningStatus);
            if (Tag != null) filters.Add("tags", string.Join(",", Tag));
            return Task.CompletedTask;
        }
    }
}
