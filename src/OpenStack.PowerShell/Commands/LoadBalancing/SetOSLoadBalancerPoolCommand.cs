using System.Linq;
using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancerPool: changes pools' algorithm, session persistence, name, description, tags or admin state.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancerPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Pool))]
    public sealed class SetOSLoadBalancerPoolCommand : LoadBalancerChildSetCmdlet<Pool, PoolOptions>
    {
        [Parameter] [ValidateSet("ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP", "SOURCE_IP_PORT")] public string? Algorithm { get; set; }
        /// <summary>NONE removes it.</summary>
        [Parameter] [ValidateSet("SOURCE_IP", "HTTP_COOKIE", "APP_COOKIE", "NONE")] public string? SessionPersistence { get; set; }
        [Parameter] public string? CookieName { get; set; }
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<Pool> Kind => LoadBalancingResources.Pools;

        protected override PoolOptions BuildOptions() => new PoolOptions
        {
            Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp, Algorithm = Algorithm?.ToUpperInvariant(),
            SessionPersistence = SessionPersistence == null ? null : SessionPersistence.ToUpperInvariant() == "NONE" ? "" : SessionPersistence.ToUpperInvariant(),
            CookieName = CookieName,
        };
    }
}
