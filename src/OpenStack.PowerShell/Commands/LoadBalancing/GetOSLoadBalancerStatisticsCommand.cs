using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Get-OSLoadBalancerStatistics: a load balancer's traffic counters (connections, bytes in and out, request errors).</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerStatistics")]
    [OutputType(typeof(LoadBalancerStatistics))]
    public sealed class GetOSLoadBalancerStatisticsCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("LoadBalancerId")]
        [ReferenceTo(typeof(LoadBalancer))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public NameOrId LoadBalancer { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var client = new LoadBalancingClient(ActiveSession);
            Try(LoadBalancer.Value, () => WriteObject(Run(async ct => await client.GetStatisticsAsync(
                await client.Resources.FindIdAsync(LoadBalancingResources.LoadBalancers, LoadBalancer.Value, ct).ConfigureAwait(false), ct).ConfigureAwait(false))));
        }
    }
}
