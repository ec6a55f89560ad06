using System.Linq;
using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerHealthMonitor: changes health monitors' timing, retries, HTTP check, name, tags or admin state.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerHealthMonitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(HealthMonitor))]
    public sealed class SetOSLoadBalancerHealthMonitorCommand : LoadBalancingSetCmdlet<HealthMonitor, HealthMonitorOptions>
    {
        [Parameter] [ValidateRange(1, int.MaxValue)] public int? Delay { get; set; }
        [Parameter] [ValidateRange(1, int.MaxValue)] public int? Timeout { get; set; }
        [Parameter] [ValidateRange(1, 10)] public int? MaxRetries { get; set; }
        [Parameter] [ValidateRange(1, 10)] public int? MaxRetriesDown { get; set; }
        [Parameter] public string? UrlPath { get; set; }
        [Parameter] [ValidateSet("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE")] public string? HttpMethod { get; set; }
        [Parameter] public string? ExpectedCodes { get; set; }
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors;

        protected override HealthMonitorOptions BuildOptions() => new HealthMonitorOptions
        {
            Name = Name, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Delay = Delay, Timeout = Timeout, MaxRetries = MaxRetries,
            MaxRetriesDown = MaxRetriesDown, UrlPath = UrlPath, HttpMethod = HttpMethod?.ToUpperInvariant(), ExpectedCodes = ExpectedCodes,
        };
    }
}
