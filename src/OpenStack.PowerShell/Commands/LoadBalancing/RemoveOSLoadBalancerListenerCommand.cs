using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerListener: deletes listeners (asks first unless -Force), each followed until its load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerListener", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerListenerCommand : LoadBalancerChildRemoveCmdlet<Listener>
    {
        protected override ResourceDescriptor<Listener> Kind => LoadBalancingResources.Listeners;
    }
}
