using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>
    /// Get-OSLoadBalancerStatus: a load balancer's status tree in one request: the load balancer, then each listener, pool,
    /// health monitor and member beneath it, each with its kind, its path in the tree and both statuses; -Tree writes the
    /// root alone, the others nested in it.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerStatus")]
    [OutputType(typeof(LoadBalancerStatusNode))]
    public sealed class GetOSLoadBalancerStatusCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("LoadBalancerId")]
        [ReferenceTo(typeof(LoadBalancer))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public NameOrId LoadBalancer { get; set; } = null!;

        /// <summary>Write the load balancer's node alone, its listeners, pools and members nested in it.</summary>
        [Parameter] public SwitchParameter Tree { get; set; }

        protected override void ProcessRecord()
        {
            var client = new LoadBalancingClient(ActiveSession);
            Try(LoadBalancer.Value, () =>
            {
                var root = Run(async ct => await client.GetStatusAsync(
                    await client.Resources.FindIdAsync(LoadBalancingResources.LoadBalancers, LoadBalancer.Value, ct).ConfigureAwait(false), ct).ConfigureAwait(false));
                if (Tree) WriteObject(root);
                else foreach (var node in root.All) WriteObject(node);
            });
        }
    }
}
