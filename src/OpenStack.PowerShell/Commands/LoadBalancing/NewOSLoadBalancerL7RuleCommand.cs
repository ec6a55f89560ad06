using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>New-OSLoadBalancerL7Rule: a condition of an L7 policy (all of a policy's rules must match for it to act).</summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancerL7Rule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(L7Rule))]
    public sealed class NewOSLoadBalancerL7RuleCommand : LoadBalancingNewCmdlet<L7Rule, L7RuleOptions>
    {
        private string _policyId = "";

        /// <summary>The policy: name, id, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(L7Policy))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerL7PolicyNameCompleter))] public NameOrId Policy { get; set; } = null!;

        /// <summary>What of the request is compared.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("HOST_NAME", "PATH", "FILE_TYPE", "HEADER", "COOKIE", "SSL_CONN_HAS_CERT", "SSL_VERIFY_RESULT", "SSL_DN_FIELD")]
        public string Type { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateSet("EQUAL_TO", "STARTS_WITH", "ENDS_WITH", "CONTAINS", "REGEX")]
        public string CompareType { get; set; } = null!;

        [Parameter(Mandatory = true)] [ValidateNotNullOrEmpty] public string Value { get; set; } = null!;
        /// <summary>HEADER, COOKIE, SSL_DN_FIELD: the name of the header, cookie or field.</summary>
        [Parameter] public string? Key { get; set; }
        /// <summary>The rule matches when the comparison fails.</summary>
        [Parameter] public SwitchParameter Invert { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<L7Rule> Resource => LoadBalancingResources.L7Rules.Under(_policyId);
        protected override string Target(L7RuleOptions o) => Policy.Value;
        protected override string ActionText(L7RuleOptions o) => "Add rule " + (Invert ? "NOT " : "") + Type.ToUpperInvariant() + (Key == null ? "" : " " + Key) + " " + CompareType.ToUpperInvariant() + " " + Value;

        protected override L7RuleOptions BuildOptions() => new L7RuleOptions
        {
            Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Type = Type.ToUpperInvariant(), CompareType = CompareType.ToUpperInvariant(), Key = Key, Value = Value,
            Invert = Invert.IsPresent ? true : (bool?)null, Creating = true,
        };

        protected override async Task ResolveAsync(ResourceClient client, L7RuleOptions o, CancellationToken ct)
        {
            _policyId = await client.FindIdAsync(LoadBalancingResources.L7Policies, Policy.Value, ct).ConfigureAwait(false);
            LoadBalancerId = await new LoadBalancingClient(client).LoadBalancerOfL7PolicyAsync(_policyId, ct).ConfigureAwait(false);
        }

        protected override async Task<L7Rule> CreateAsync(ResourceClient client, L7RuleOptions options, CancellationToken ct)
        {
            var rule = await base.CreateAsync(client, options, ct).ConfigureAwait(false);
            rule.PolicyId = _policyId;
            return rule;
        }
    }
}
