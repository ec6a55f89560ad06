using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Get-OSLoadBalancerL7Rule: the rules of an L7 policy, all of them or by id (rules have no names).</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerL7Rule", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(L7Rule))]
    public sealed class GetOSLoadBalancerL7RuleCommand : GetResourceCmdlet<L7Rule>
    {
        private string _policyId = "";

        /// <summary>
        /// The policy: name, id, or the object from the pipeline. A piped policy binds in the listing's set only, so its own
        /// Id never binds to -Id; a rule piped back brings its PolicyId.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.List, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PolicyId", "L7PolicyId")]
        [ReferenceTo(typeof(L7Policy))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerL7PolicyNameCompleter))] public NameOrId Policy { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateSet("HOST_NAME", "PATH", "FILE_TYPE", "HEADER", "COOKIE", "SSL_CONN_HAS_CERT", "SSL_VERIFY_RESULT", "SSL_DN_FIELD")]
        public string? Type { get; set; }

        protected override ResourceDescriptor<L7Rule> Resource => LoadBalancingResources.L7Rules.Under(_policyId);
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => null;
        protected override bool Decorates => true;
        protected override object ListTarget => Policy.Value;

        protected override Query Filters(ResourceClient client) => new Query().Add("type", Type?.ToUpperInvariant());

        protected override Task<L7Rule> DecorateAsync(ResourceClient client, L7Rule item, CancellationToken ct)
        {
            item.PolicyId = _policyId;
            return Task.FromResult(item);
        }

        protected override void ProcessRecord()
        {
            // Each record's policy is found first; the listing or lookups below run before the next record.
            var client = new ResourceClient(ActiveSession);
            if (!Try(Policy.Value, () => _policyId = Run(ct => client.FindIdAsync(LoadBalancingResources.L7Policies, Policy.Value, ct)))) return;
            base.ProcessRecord();
        }
    }
}
