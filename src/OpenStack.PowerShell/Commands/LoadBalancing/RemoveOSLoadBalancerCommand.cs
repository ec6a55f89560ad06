using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>
    /// Remove-OSLoadBalancer: deletes load balancers (asks first unless -Force) and waits until each is gone; -Cascade deletes
    /// its listeners, pools, members and health monitors with it (Octavia refuses to delete one that has any otherwise).
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerCommand : LoadBalancingRemoveCmdlet<LoadBalancer>
    {
        /// <summary>Delete the whole tree: listeners, pools, members, health monitors.</summary>
        [Parameter] public SwitchParameter Cascade { get; set; }

        protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers;
        protected override bool Cascades => Cascade;
        protected override string ActionText => Cascade ? "Delete load balancer with its listeners, pools, members and health monitors" : "Delete load balancer";
    }
}
