using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

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
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Delete the whole tree: listeners, pools, members, health monitors.</summary>
        [Parameter] public SwitchParameter Cascade { get; set; }

        protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers;
        protected override string[] Targets => Id;
        protected override bool Cascades => Cascade;
        protected override string ActionText => Cascade ? "Delete load balancer with its listeners, pools, members and health monitors" : "Delete load balancer";

        protected override Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct) => Task.FromResult(id);
    }
}
