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
    /// <summary>New-OSLoadBalancerHealthMonitor: how a pool's members are checked (a pool has one at most).</summary>
    [Cmdlet(VerbsCommon.New, "OSLoadBalancerHealthMonitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(HealthMonitor))]
    public sealed class NewOSLoadBalancerHealthMonitorCommand : LoadBalancingNewCmdlet<HealthMonitor, HealthMonitorOptions>
    {
        /// <summary>The pool: name, id, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateSet("HTTP", "HTTPS", "PING", "TCP", "TLS-HELLO", "UDP-CONNECT", "SCTP")]
        public string Type { get; set; } = null!;

        /// <summary>Seconds between checks.</summary>
        [Parameter] [ValidateRange(1, int.MaxValue)] public int Delay { get; set; } = 5;
        /// <summary>Seconds a check may take (no more than -Delay).</summary>
        [Parameter] [ValidateRange(1, int.MaxValue)] public int Timeout { get; set; } = 3;
        /// <summary>Successful checks before a member is ONLINE.</summary>
        [Parameter] [ValidateRange(1, 10)] public int MaxRetries { get; set; } = 3;
        /// <summary>Failed checks before a member is ERROR.</summary>
        [Parameter] [ValidateRange(1, 10)] public int? MaxRetriesDown { get; set; }
        /// <summary>HTTP(S): the path asked for.</summary>
        [Parameter] public string? UrlPath { get; set; }
        [Parameter] [ValidateSet("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE")] public string? HttpMethod { get; set; }
        /// <summary>HTTP(S): the statuses that pass, "200", "200,202" or "200-204".</summary>
        [Parameter] public string? ExpectedCodes { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors;
        protected override string Target(HealthMonitorOptions o) => Name ?? Type + " health monitor";

        protected override HealthMonitorOptions BuildOptions() => new HealthMonitorOptions
        {
            Name = Name, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Type = Type.ToUpperInvariant(), Delay = Delay, Timeout = Timeout,
            MaxRetries = MaxRetries, MaxRetriesDown = MaxRetriesDown, UrlPath = UrlPath, HttpMethod = HttpMethod?.ToUpperInvariant(), ExpectedCodes = ExpectedCodes,
        };

        protected override async Task ResolveAsync(ResourceClient client, HealthMonitorOptions o, CancellationToken ct)
        {
            o.PoolId = await client.FindIdAsync(LoadBalancingResources.Pools, Pool.Value, ct).ConfigureAwait(false);
            LoadBalancerId = await new LoadBalancingClient(client).LoadBalancerOfPoolAsync(o.PoolId, ct).ConfigureAwait(false);
        }
    }
}
