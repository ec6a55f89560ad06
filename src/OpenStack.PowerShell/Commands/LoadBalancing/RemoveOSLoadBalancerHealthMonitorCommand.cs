using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerHealthMonitor: deletes health monitors (asks first unless -Force), each followed until its load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerHealthMonitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerHealthMonitorCommand : LoadBalancingRemoveCmdlet<HealthMonitor>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerHealthMonitorNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors;
        protected override string[] Targets => Id;

        protected override Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct) => client.LoadBalancerOfHealthMonitorAsync(id, ct);
    }
}
