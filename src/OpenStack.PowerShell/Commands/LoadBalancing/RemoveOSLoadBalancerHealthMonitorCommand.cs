using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerHealthMonitor: deletes health monitors (asks first unless -Force), each followed until its load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerHealthMonitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerHealthMonitorCommand : LoadBalancingRemoveCmdlet<HealthMonitor>
    {
        protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors;
    }
}
