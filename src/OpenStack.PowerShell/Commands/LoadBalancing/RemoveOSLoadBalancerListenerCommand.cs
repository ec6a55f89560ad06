using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerListener: deletes listeners (asks first unless -Force), each followed until its load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerListener", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerListenerCommand : LoadBalancingRemoveCmdlet<Listener>
    {
        private ResourceDescriptor<Listener>? _scoped;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerListenerNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Look for the listeners' names on this load balancer only.</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public string? LoadBalancer { get; set; }

        protected override ResourceDescriptor<Listener> Resource => _scoped ?? LoadBalancingResources.Listeners;
        protected override string[] Targets => Id;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (LoadBalancer != null)
                Must(LoadBalancer, () => _scoped = LoadBalancingResources.Within(LoadBalancingResources.Listeners, "loadbalancer_id",
                    Run(ct => new ResourceClient(ActiveSession).FindIdAsync(LoadBalancingResources.LoadBalancers, LoadBalancer, ct))));
        }

        protected override Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct) => client.LoadBalancerOfListenerAsync(id, ct);
    }
}
