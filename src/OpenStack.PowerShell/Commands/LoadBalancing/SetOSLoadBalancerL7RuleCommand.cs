using System.Linq;
using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerL7Rule: changes rules of an L7 policy (found by id within it).</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerL7Rule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(L7Rule))]
    public sealed class SetOSLoadBalancerL7RuleCommand : LoadBalancingChildSetCmdlet<L7Policy, L7Rule, L7RuleOptions>
    {
        /// <summary>The policy: name or id, or the PolicyId of a rule from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PolicyId", "L7PolicyId")]
        [ReferenceTo(typeof(L7Policy))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerL7PolicyNameCompleter))] public NameOrId Policy { get; set; } = null!;

        [Parameter] [ValidateSet("HOST_NAME", "PATH", "FILE_TYPE", "HEADER", "COOKIE", "SSL_CONN_HAS_CERT", "SSL_VERIFY_RESULT", "SSL_DN_FIELD")] public string? Type { get; set; }
        [Parameter] [ValidateSet("EQUAL_TO", "STARTS_WITH", "ENDS_WITH", "CONTAINS", "REGEX")] public string? CompareType { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? Value { get; set; }
        [Parameter] public string? Key { get; set; }
        [Parameter] public bool? Invert { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override string ParentValue => Policy.Value;
        protected override ResourceDescriptor<L7Policy> Parents => LoadBalancingResources.L7Policies;
        protected override ResourceDescriptor<L7Rule> Children => LoadBalancingResources.L7Rules;
        protected override void Adopt(L7Rule child, string parentId) => child.PolicyId = parentId;

        protected override L7RuleOptions BuildOptions() => new L7RuleOptions
        {
            Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Type = Type?.ToUpperInvariant(), CompareType = CompareType?.ToUpperInvariant(), Key = Key, Value = Value, Invert = Invert,
        };
    }
}
