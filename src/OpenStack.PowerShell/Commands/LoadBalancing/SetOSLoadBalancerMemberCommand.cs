using System.Linq;
using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerMember: changes members' weight, backup role, name, tags or admin state (found by name or id within their pool).</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Member))]
    public sealed class SetOSLoadBalancerMemberCommand : BulkCmdlet
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

        [Parameter] [ValidateRange(0, 256)] public int? Weight { get; set; }
        [Parameter] public bool? Backup { get; set; }
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }
        [Parameter] public SwitchParameter PassThru { get; set; }
        [Parameter] public SwitchParameter NoWait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Updating members";

        protected override void ProcessRecord()
        {
            var changes = new MemberOptions { Name = Name, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Weight = Weight, Backup = Backup };
            System.Text.Json.Nodes.JsonObject body = null!;
            if (!Try(Id.Length == 1 ? Id[0] : "members", () =>
            {
                body = changes.ToJson();
                if (body.Count == 0) throw new System.ArgumentException("Nothing to change: give at least one property to set.");
            })) return;
            var octavia = new LoadBalancingClient(ActiveSession);
            var pool = Pool.Value;
            foreach (var id in Id)
                Enqueue(id, "Update member (" + string.Join(", ", body.Select(kv => kv.Key)) + ")", id, async ct =>
                {
                    var poolId = await octavia.Resources.FindIdAsync(LoadBalancingResources.Pools, pool, ct).ConfigureAwait(false);
                    var members = LoadBalancingResources.Members.Under(poolId);
                    var memberId = await octavia.Resources.FindIdAsync(members, id, ct).ConfigureAwait(false);
                    var lb = await octavia.LoadBalancerOfPoolAsync(poolId, ct).ConfigureAwait(false);
                    var updated = await octavia.UpdateAsync(members, lb, memberId, body,
                        LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb)), ct).ConfigureAwait(false);
                    updated.PoolId = poolId;
                    return PassThru ? updated : null;
                });
        }
    }
}
