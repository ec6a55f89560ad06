using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerL7Policy: deletes L7 policies with their rules (asks first unless -Force), each followed until its load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerL7Policy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerL7PolicyCommand : LoadBalancingRemoveCmdlet<L7Policy>
    {
        protected override ResourceDescriptor<L7Policy> Resource => LoadBalancingResources.L7Policies;
    }
}
