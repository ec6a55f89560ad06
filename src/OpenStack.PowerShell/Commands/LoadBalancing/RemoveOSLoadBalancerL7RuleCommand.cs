using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Remove-OSLoadBalancerL7Rule: deletes rules of an L7 policy (asks first unless -Force), each followed until the load balancer is ACTIVE again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSLoadBalancerL7Rule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSLoadBalancerL7RuleCommand : LoadBalancingChildRemoveCmdlet<L7Policy, L7Rule>
    {
        /// <summary>The policy: name or id, or the PolicyId of a rule from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PolicyId", "L7PolicyId")]
        [ReferenceTo(typeof(L7Policy))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerL7PolicyNameCompleter))] public NameOrId Policy { get; set; } = null!;

        protected override string ParentValue => Policy.Value;
        protected override ResourceDescriptor<L7Policy> Parents => LoadBalancingResources.L7Policies;
        protected override ResourceDescriptor<L7Rule> Children => LoadBalancingResources.L7Rules;
        protected override void Adopt(L7Rule child, string parentId) => child.PolicyId = parentId;
    }
}
