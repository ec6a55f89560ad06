using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerMember: deletes members of a pool (asks first unless -Force), each followed until the load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerMemberCommand : LoadBalancingChildRemoveCmdlet<Pool, Member>
    {
        /// <summary>The pool: name or id, or the PoolId of a member from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PoolId")]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        protected override string ParentValue => Pool.Value;
        protected override ResourceDescriptor<Pool> Parents => LoadBalancingResources.Pools;
        protected override ResourceDescriptor<Member> Children => LoadBalancingResources.Members;
        protected override void Adopt(Member child, string parentId) => child.PoolId = parentId;
    }
}
