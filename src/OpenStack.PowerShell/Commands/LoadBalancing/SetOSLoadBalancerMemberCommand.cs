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
    public sealed class SetOSLoadBalancerMemberCommand : LoadBalancingChildSetCmdlet<Pool, Member, MemberOptions>
    {
        /// <summary>The pool: name or id, or the PoolId of a member from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PoolId")]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        /// <summary>0 to 256: its share of new connections (0 drains it).</summary>
        [Parameter] [ValidateRange(0, 256)] public int? Weight { get; set; }
        [Parameter] public bool? Backup { get; set; }
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override string ParentValue => Pool.Value;
        protected override ResourceDescriptor<Pool> Parents => LoadBalancingResources.Pools;
        protected override ResourceDescriptor<Member> Children => LoadBalancingResources.Members;
        protected override void Adopt(Member child, string parentId) => child.PoolId = parentId;

        protected override MemberOptions BuildOptions() =>
            new MemberOptions { Name = Name, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Weight = Weight, Backup = Backup };
    }
}
