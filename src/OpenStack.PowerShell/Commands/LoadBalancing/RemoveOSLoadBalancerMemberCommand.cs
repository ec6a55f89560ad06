using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerMember: deletes members of a pool (asks first unless -Force), each followed until the load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerMemberCommand : BulkCmdlet
    {
        /// <summary>The pool: name or id, or the PoolId of a member from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PoolId")]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter] public SwitchParameter Force { get; set; }
        [Parameter] public SwitchParameter NoWait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Deleting members";

        protected override void ProcessRecord()
        {
            var octavia = new LoadBalancingClient(ActiveSession);
            var pool = Pool.Value;
            foreach (var id in Id)
                Enqueue(id, "Delete member of pool " + pool, id, async ct =>
                {
                    var poolId = await octavia.Resources.FindIdAsync(LoadBalancingResources.Pools, pool, ct).ConfigureAwait(false);
                    var members = LoadBalancingResources.Members.Under(poolId);
                    var memberId = await octavia.Resources.FindIdAsync(members, id, ct).ConfigureAwait(false);
                    var lb = await octavia.LoadBalancerOfPoolAsync(poolId, ct).ConfigureAwait(false);
                    await octavia.DeleteAsync(members, lb, memberId,
                        LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb)), false, ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
