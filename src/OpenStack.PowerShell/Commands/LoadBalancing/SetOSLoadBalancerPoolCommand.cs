using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerPool: changes pools' algorithm, session persistence, name, description, tags or admin state.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Pool))]
    public sealed class SetOSLoadBalancerPoolCommand : LoadBalancingSetCmdlet<Pool, PoolOptions>
    {
        private ResourceDescriptor<Pool>? _scoped;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Look for the pools' names on this load balancer only.</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public string? LoadBalancer { get; set; }

        [Parameter] [ValidateSet("ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP", "SOURCE_IP_PORT")] public string? Algorithm { get; set; }
        /// <summary>NONE removes it.</summary>
        [Parameter] [ValidateSet("SOURCE_IP", "HTTP_COOKIE", "APP_COOKIE", "NONE")] public string? SessionPersistence { get; set; }
        [Parameter] public string? CookieName { get; set; }
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<Pool> Resource => _scoped ?? LoadBalancingResources.Pools;
        protected override string[] Targets => Id;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (LoadBalancer != null)
                Must(LoadBalancer, () => _scoped = LoadBalancingResources.Within(LoadBalancingResources.Pools, "loadbalancer_id",
                    Run(ct => new ResourceClient(ActiveSession).FindIdAsync(LoadBalancingResources.LoadBalancers, LoadBalancer, ct))));
        }

        protected override PoolOptions BuildOptions() => new PoolOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Algorithm = Algorithm?.ToUpperInvariant(),
            SessionPersistence = SessionPersistence == null ? null : SessionPersistence.ToUpperInvariant() == "NONE" ? "" : SessionPersistence.ToUpperInvariant(),
            CookieName = CookieName,
        };

        protected override Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct) => client.LoadBalancerOfPoolAsync(id, ct);
    }
}
