using System;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.LoadBalancing
{
    /// <summary>
    /// Octavia's resources (load-balancer v2, under lbaas/): wrapped bodies, exact ?name= filters, changes as PUT, pages of
    /// limit/marker with "*_links". Every object has a provisioning_status; a change to any of them goes through the load
    /// balancer's PENDING_* statuses, which <see cref="LoadBalancingClient"/> follows.
    /// </summary>
    public static class LoadBalancingResources
    {
        private const string Service = ServiceTypes.LoadBalancer;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        /// <summary>A deleted load balancer answers 404 (Octavia hides DELETED ones) or, briefly, DELETED.</summary>
        public static readonly ResourceDescriptor<LoadBalancer> LoadBalancers =
            new ResourceDescriptor<LoadBalancer>(Service, "load balancer", "lbaas/loadbalancers", Json.LoadBalancer, l => l.Id, l => l.Name)
            {
                Singular = "loadbalancer",
                Status = new StatusRule<LoadBalancer>(l => l.ProvisioningStatus)
                {
                    Failures = new[] { "ERROR" }, FailureSuffix = null, DeleteFailures = new[] { "ERROR" }, DeleteFailureSuffix = null,
                    DeletedTargets = new[] { "DELETED" }, Interval = TimeSpan.FromSeconds(2),
                },
            };

        public static readonly ResourceDescriptor<Listener> Listeners =
            new ResourceDescriptor<Listener>(Service, "listener", "lbaas/listeners", Json.Listener, l => l.Id, l => l.Name)
            {
                Singular = "listener", Status = Provisioning<Listener>(l => l.ProvisioningStatus),
            };

        public static readonly ResourceDescriptor<Pool> Pools =
            new ResourceDescriptor<Pool>(Service, "pool", "lbaas/pools", Json.Pool, p => p.Id, p => p.Name)
            {
                Singular = "pool", Status = Provisioning<Pool>(p => p.ProvisioningStatus),
            };

        /// <summary>The members of one pool: <c>Members.Under(poolId)</c>.</summary>
        public static readonly ResourceDescriptor<Member> Members =
            new ResourceDescriptor<Member>(Service, "member", "lbaas/pools/{parent}/members", Json.Member, m => m.Id, m => m.Name)
            {
                Singular = "member", Status = Provisioning<Member>(m => m.ProvisioningStatus),
            };

        public static readonly ResourceDescriptor<HealthMonitor> HealthMonitors =
            new ResourceDescriptor<HealthMonitor>(Service, "health monitor", "lbaas/healthmonitors", Json.HealthMonitor, h => h.Id, h => h.Name)
            {
                Singular = "healthmonitor", Status = Provisioning<HealthMonitor>(h => h.ProvisioningStatus),
            };

        public static readonly ResourceDescriptor<L7Policy> L7Policies =
            new ResourceDescriptor<L7Policy>(Service, "L7 policy", "lbaas/l7policies", Json.L7Policy, p => p.Id, p => p.Name)
            {
                Singular = "l7policy", KindPlural = "L7 policies", Status = Provisioning<L7Policy>(p => p.ProvisioningStatus),
            };

        /// <summary>The rules of one L7 policy: <c>L7Rules.Under(policyId)</c>. Rules have no names: they are found by id.</summary>
        public static readonly ResourceDescriptor<L7Rule> L7Rules =
            new ResourceDescriptor<L7Rule>(Service, "L7 rule", "lbaas/l7policies/{parent}/rules", Json.L7Rule, r => r.Id, r => null)
            {
                // Rules have no names (and Octavia refuses a ?name= filter on them): a rule is found by one GET of its id.
                Singular = "rule", NameIsId = true, Status = Provisioning<L7Rule>(r => r.ProvisioningStatus),
            };

        /// <summary>Octavia's flavors (what a load balancer is built as), found by name or id; only administrators change them.</summary>
        public static readonly ResourceDescriptor<LoadBalancerFlavor> Flavors =
            new ResourceDescriptor<LoadBalancerFlavor>(Service, "load balancer flavor", "lbaas/flavors", Json.LoadBalancerFlavor, f => f.Id, f => f.Name)
            {
                Singular = "flavor", Update = UpdateStyle.None,
            };

        /// <summary>
        /// The same kind, its names looked for among the children of one parent only (a listener named "http" on this load
        /// balancer, not on every one): <c>Within(Listeners, "loadbalancer_id", id)</c>.
        /// </summary>
        public static ResourceDescriptor<T> Within<T>(ResourceDescriptor<T> d, string parentField, string parentId) where T : class =>
            new ResourceDescriptor<T>(d.ServiceType, d.Kind, d.Path, d.Type, d.IdOf, d.NameOf)
            {
                Singular = d.Singular, KindPlural = d.KindPlural, Status = d.Status, Update = d.Update, FindFilters = new[] { (parentField, parentId) },
            };

        private static StatusRule<T> Provisioning<T>(Func<T, string?> read) where T : class => new StatusRule<T>(read)
        {
            Failures = new[] { "ERROR" }, FailureSuffix = null, DeleteFailures = new[] { "ERROR" }, DeleteFailureSuffix = null, DeletedTargets = new[] { "DELETED" },
        };
    }
}
