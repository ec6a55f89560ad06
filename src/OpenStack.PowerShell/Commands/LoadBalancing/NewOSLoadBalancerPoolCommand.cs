using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>
    /// New-OSLoadBalancerPool: a pool as a listener's default pool (-Listener), or on a load balancer alone (-LoadBalancer),
    /// with its balancing algorithm and session persistence.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancerPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = LoadBalancerSet)]
    [OutputType(typeof(Pool))]
    public sealed class NewOSLoadBalancerPoolCommand : LoadBalancingNewCmdlet<Pool, PoolOptions>
    {
        private const string LoadBalancerSet = "LoadBalancer";
        private const string ListenerSet = "Listener";

        /// <summary>The listener whose default pool it becomes: name, id, or the object from the pipeline.</summary>
        [Parameter(ParameterSetName = ListenerSet, Mandatory = true, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Listener))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerListenerNameCompleter))] public NameOrId Listener { get; set; } = null!;

        /// <summary>The load balancer of a pool without a listener; with -Listener, where the listener's name is looked for.</summary>
        [Parameter(ParameterSetName = LoadBalancerSet, Mandatory = true, ValueFromPipeline = true)]
        [Parameter(ParameterSetName = ListenerSet)]
        [ReferenceTo(typeof(LoadBalancer))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public NameOrId LoadBalancer { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateSet("HTTP", "HTTPS", "PROXY", "PROXYV2", "TCP", "UDP", "SCTP")]
        public string Protocol { get; set; } = null!;

        [Parameter]
        [ValidateSet("ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP", "SOURCE_IP_PORT")]
        public string Algorithm { get; set; } = "ROUND_ROBIN";

        /// <summary>Keeps a client on one member: by its address, a cookie the load balancer sets, or the application's cookie (-CookieName).</summary>
        [Parameter] [ValidateSet("SOURCE_IP", "HTTP_COOKIE", "APP_COOKIE")] public string? SessionPersistence { get; set; }
        [Parameter] public string? CookieName { get; set; }
        [Parameter(Position = 0)] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<Pool> Resource => LoadBalancingResources.Pools;

        protected override PoolOptions BuildOptions() => new PoolOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Protocol = Protocol.ToUpperInvariant(),
            Algorithm = Algorithm.ToUpperInvariant(), SessionPersistence = SessionPersistence?.ToUpperInvariant(), CookieName = CookieName,
        };

        protected override async Task ResolveAsync(ResourceClient client, PoolOptions o, CancellationToken ct)
        {
            string? lb = null;
            if (LoadBalancer != null) lb = await client.FindIdAsync(LoadBalancingResources.LoadBalancers, LoadBalancer.Value, ct).ConfigureAwait(false);
            if (ParameterSetName == ListenerSet)
            {
                var listeners = lb == null ? LoadBalancingResources.Listeners : LoadBalancingResources.Within(LoadBalancingResources.Listeners, "loadbalancer_id", lb);
                var listener = await client.FindAsync(listeners, Listener.Value, ct).ConfigureAwait(false);
                o.ListenerId = listener.Id;
                LoadBalancerId = listener.LoadBalancerId ?? throw new OpenStackException("Octavia names no load balancer for listener " + listener.Id + ".");
            }
            else LoadBalancerId = o.LoadBalancerId = lb!;
        }
    }
}
