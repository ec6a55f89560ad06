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
    /// <summary>Get-OSLoadBalancerMember: the members of a pool, by name or id within it, or all of them.</summary>
    [Cmdlet(VerbsCommon.Get, "OSLoadBalancerMember", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Member))]
    public sealed class GetOSLoadBalancerMemberCommand : NamedGetCmdlet<Member>
    {
        private string _poolId = "";

        /// <summary>
        /// The pool: name, id, or the object from the pipeline. A piped pool binds in the listing's set only, so its own Id
        /// never binds to -Id; a member piped back brings its PoolId.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.List, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PoolId")]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        protected override ResourceDescriptor<Member> Resource => LoadBalancingResources.Members.Under(_poolId);
        protected override bool Decorates => true;
        protected override object ListTarget => Pool.Value;

        protected override Task<Member> DecorateAsync(ResourceClient client, Member item, CancellationToken ct)
        {
            item.PoolId = _poolId;
            return Task.FromResult(item);
        }

        protected override void ProcessRecord()
        {
            // Each record's pool is found first; the listing or lookups below run before the next record.
            var client = new ResourceClient(ActiveSession);
            if (!Try(Pool.Value, () => _poolId = Run(ct => client.FindIdAsync(LoadBalancingResources.Pools, Pool.Value, ct)))) return;
            base.ProcessRecord();
        }
    }
}
