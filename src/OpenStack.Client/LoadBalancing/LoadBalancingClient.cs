using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.LoadBalancing
{
    /// <summary>How a change to a load balancer's tree is followed.</summary>
    public sealed class LoadBalancerWait
    {
        /// <summary>False: return as soon as Octavia accepted the change (a busy load balancer is still waited for, to send it).</summary>
        public bool Wait { get; set; } = true;
        /// <summary>The whole change may take this long: waits for a busy load balancer, the sending, and the wait for ACTIVE.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
        /// <summary>The longest pause between polls (the first are shorter: <see cref="WaitOptions.PauseAfter"/>).</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);
        /// <summary>Called after each poll of the load balancer with its provisioning status and the time spent.</summary>
        public Action<string, TimeSpan>? Progress { get; set; }
    }

    /// <summary>A load balancer went to ERROR: Octavia could not apply a change to its tree.</summary>
    public sealed class LoadBalancerFailedException : ResourceFailedException
    {
        public LoadBalancerFailedException(string message, string loadBalancerId, string status) : base(message, status) { LoadBalancerId = loadBalancerId; }
        public string LoadBalancerId { get; }
    }

    /// <summary>
    /// What Octavia has beyond the shared operations. Every create, update or delete of an object in a load balancer's tree
    /// makes the load balancer PENDING_*, and Octavia refuses any other change to the tree until it is ACTIVE again (409,
    /// "... is immutable and cannot be updated"). So each change goes through <see cref="ChangeAsync{TResult}"/>: a 409 of
    /// that kind waits for ACTIVE and sends the change again (within the timeout), and the change is then followed until the
    /// load balancer is ACTIVE (or gone), ERROR ending it with <see cref="LoadBalancerFailedException"/>.
    /// </summary>
    public sealed class LoadBalancingClient
    {
        private const string Service = ServiceTypes.LoadBalancer;
        private readonly ResourceClient _resources;

        public LoadBalancingClient(ResourceClient resources) { _resources = resources ?? throw new ArgumentNullException(nameof(resources)); }

        public LoadBalancingClient(OpenStackSession session) : this(new ResourceClient(session)) { }

        public ResourceClient Resources => _resources;

        /// <summary>
        /// Sends a change to the tree of <paramref name="loadBalancerId"/>: while the tree is busy (409 immutable) it waits for
        /// ACTIVE and sends again; once accepted, with <see cref="LoadBalancerWait.Wait"/>, waits until the load balancer is
        /// ACTIVE again (or, <paramref name="deletesLoadBalancer"/>, gone).
        /// </summary>
        public async Task<TResult> ChangeAsync<TResult>(string loadBalancerId, Func<CancellationToken, Task<TResult>> send, LoadBalancerWait wait,
            bool deletesLoadBalancer = false, CancellationToken ct = default)
        {
            var watch = Stopwatch.StartNew();
            TResult result;
            while (true)
            {
                try
                {
                    result = await send(ct).ConfigureAwait(false);
                    break;
                }
                catch (ConflictException busy) when (IsImmutable(busy))
                {
                    var left = wait.Timeout - watch.Elapsed;
                    var stillBusy = new ServiceTimeoutException("Load balancer " + loadBalancerId + " was still busy with another change after " +
                        wait.Timeout.TotalSeconds + " s, so this change was not made (Octavia: " + busy.ServiceMessage?.TrimEnd('.') + ").");
                    if (left <= TimeSpan.Zero) throw stillBusy;
                    HttpTrace.Write(Http.TraceLevel.Verbose, "Load balancer " + loadBalancerId + " is busy with another change (HTTP 409" +
                        (busy.RequestId == null ? "" : ", request " + busy.RequestId) + ": " + busy.ServiceMessage?.TrimEnd('.') +
                        "): waiting until it is ACTIVE to send the change again.");
                    try { await WaitActiveAsync(loadBalancerId, left, wait, ct).ConfigureAwait(false); }
                    catch (ServiceTimeoutException) { throw stillBusy; }
                }
            }
            if (!wait.Wait) return result;
            var rest = wait.Timeout - watch.Elapsed;
            if (deletesLoadBalancer) await WaitGoneAsync(loadBalancerId, rest, wait, ct).ConfigureAwait(false);
            else await WaitActiveAsync(loadBalancerId, rest, wait, ct).ConfigureAwait(false);
            return result;
        }

        /// <summary>Octavia's refusal of a change while the tree is PENDING_*; other conflicts (a port in use) are errors.</summary>
        internal static bool IsImmutable(ConflictException ex) =>
            (ex.ServiceMessage ?? ex.Message).IndexOf("immutable", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Polls until the load balancer is ACTIVE; ERROR ends it with <see cref="LoadBalancerFailedException"/>.</summary>
        public async Task<LoadBalancer> WaitActiveAsync(string loadBalancerId, TimeSpan timeout, LoadBalancerWait wait, CancellationToken ct = default)
        {
            var d = LoadBalancingResources.LoadBalancers;
            LoadBalancer? seen = null;
            var options = Options(d.WaitFor("ACTIVE"), timeout, wait);
            try
            {
                return (await StatusWaiter.WaitAsync(async c => seen = await _resources.GetAsync(d, loadBalancerId, c).ConfigureAwait(false),
                    l => l.ProvisioningStatus, _ => null, "load balancer " + loadBalancerId, options, ct).ConfigureAwait(false))!;
            }
            catch (ResourceFailedException failed) when (!(failed is LoadBalancerFailedException))
            {
                throw new LoadBalancerFailedException("Load balancer " + Describe(seen, loadBalancerId) + " went to status " + failed.Status +
                    ": Octavia could not apply a change to it or to an object beneath it. Its status tree (Get-OSLoadBalancerStatus) shows which.",
                    loadBalancerId, failed.Status);
            }
        }

        private async Task WaitGoneAsync(string loadBalancerId, TimeSpan timeout, LoadBalancerWait wait, CancellationToken ct)
        {
            var d = LoadBalancingResources.LoadBalancers;
            try { await _resources.WaitAsync(d, loadBalancerId, Options(d.WaitForDeletion(), timeout, wait), ct).ConfigureAwait(false); }
            catch (ResourceFailedException failed) when (!(failed is LoadBalancerFailedException))
            {
                throw new LoadBalancerFailedException("Load balancer " + loadBalancerId + " went to status " + failed.Status + " while it was being deleted.", loadBalancerId, failed.Status);
            }
        }

        private static WaitOptions Options(WaitOptions options, TimeSpan timeout, LoadBalancerWait wait)
        {
            options.Timeout = timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout;
            options.Interval = wait.Interval;
            options.Progress = wait.Progress;
            return options;
        }

        private static string Describe(LoadBalancer? lb, string id) => lb == null || string.IsNullOrEmpty(lb.Name) ? id : lb.Name + " (" + id + ")";

        /// <summary>Creates a load balancer and, with <see cref="LoadBalancerWait.Wait"/>, returns it once ACTIVE.</summary>
        public async Task<LoadBalancer> CreateLoadBalancerAsync(LoadBalancerOptions options, LoadBalancerWait wait, CancellationToken ct = default)
        {
            var created = await _resources.CreateAsync(LoadBalancingResources.LoadBalancers, options, ct).ConfigureAwait(false);
            return wait.Wait ? await WaitActiveAsync(created.Id, wait.Timeout, wait, ct).ConfigureAwait(false) : created;
        }

        /// <summary>Creates an object in the tree of <paramref name="loadBalancerId"/>; with a wait, returns it as it is once the load balancer is ACTIVE.</summary>
        public async Task<T> CreateAsync<T>(ResourceDescriptor<T> d, string loadBalancerId, ResourceOptions options, LoadBalancerWait wait, CancellationToken ct = default)
            where T : class
        {
            var body = options.ToJson();
            var created = await ChangeAsync(loadBalancerId, c => _resources.CreateAsync(d, body, c), wait, false, ct).ConfigureAwait(false);
            return wait.Wait ? await ReadBackAsync(d, d.IdOf(created), ct).ConfigureAwait(false) ?? created : created;
        }

        /// <summary>Changes the given attributes of an object in the tree of <paramref name="loadBalancerId"/> (the load balancer itself included).</summary>
        public async Task<T> UpdateAsync<T>(ResourceDescriptor<T> d, string loadBalancerId, string id, JsonObject changes, LoadBalancerWait wait, CancellationToken ct = default)
            where T : class
        {
            var updated = await ChangeAsync(loadBalancerId, c => _resources.UpdateAsync(d, id, changes, c), wait, false, ct).ConfigureAwait(false);
            return wait.Wait ? await ReadBackAsync(d, id, ct).ConfigureAwait(false) ?? updated : updated;
        }

        /// <summary>Deletes an object of the tree, or (its own id) the load balancer, with <c>cascade</c> its whole tree.</summary>
        public Task DeleteAsync<T>(ResourceDescriptor<T> d, string loadBalancerId, string id, LoadBalancerWait wait, bool cascade = false, CancellationToken ct = default)
            where T : class
        {
            var isLoadBalancer = d.Path == LoadBalancingResources.LoadBalancers.Path;
            var query = cascade ? new Query().Add("cascade", true) : null;
            return ChangeAsync(loadBalancerId, async c => { await _resources.DeleteAsync(d, id, query, c).ConfigureAwait(false); return true; }, wait, isLoadBalancer, ct);
        }

        /// <summary>The object as it is now; its own ERROR (the load balancer being ACTIVE again) is an error naming it.</summary>
        private async Task<T?> ReadBackAsync<T>(ResourceDescriptor<T> d, string id, CancellationToken ct) where T : class
        {
            var item = await _resources.GetAsync(d, id, ct).ConfigureAwait(false);
            var status = item == null ? null : d.Status?.Read(item);
            if (string.Equals(status, "ERROR", StringComparison.OrdinalIgnoreCase))
                throw StatusWaiter.Failed(d.Kind + " " + (d.NameOf(item!) ?? id), status!, "Octavia could not apply the change");
            return item;
        }

        /// <summary>The load balancer whose tree an object of the kind <typeparamref name="T"/> is in (a load balancer: itself).</summary>
        public Task<string> LoadBalancerOfAsync<T>(string id, CancellationToken ct = default) where T : class =>
            typeof(T) == typeof(LoadBalancer) ? Task.FromResult(id)
            : typeof(T) == typeof(Listener) ? LoadBalancerOfListenerAsync(id, ct)
            : typeof(T) == typeof(Pool) ? LoadBalancerOfPoolAsync(id, ct)
            : typeof(T) == typeof(HealthMonitor) ? LoadBalancerOfHealthMonitorAsync(id, ct)
            : typeof(T) == typeof(L7Policy) ? LoadBalancerOfL7PolicyAsync(id, ct)
            : throw new NotSupportedException("A " + typeof(T).Name + " is not an object of a load balancer's tree found by its id alone.");

        /// <summary>The load balancer a pool belongs to.</summary>
        public async Task<string> LoadBalancerOfPoolAsync(string poolId, CancellationToken ct = default)
        {
            var pool = await _resources.GetAsync(LoadBalancingResources.Pools, poolId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException("No pool has the id " + poolId + ".");
            return pool.LoadBalancerId ?? throw new OpenStackException("Octavia names no load balancer for pool " + poolId + ".");
        }

        public async Task<string> LoadBalancerOfListenerAsync(string listenerId, CancellationToken ct = default)
        {
            var listener = await _resources.GetAsync(LoadBalancingResources.Listeners, listenerId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException("No listener has the id " + listenerId + ".");
            return listener.LoadBalancerId ?? throw new OpenStackException("Octavia names no load balancer for listener " + listenerId + ".");
        }

        public async Task<string> LoadBalancerOfHealthMonitorAsync(string healthMonitorId, CancellationToken ct = default)
        {
            var monitor = await _resources.GetAsync(LoadBalancingResources.HealthMonitors, healthMonitorId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException("No health monitor has the id " + healthMonitorId + ".");
            return await LoadBalancerOfPoolAsync(monitor.PoolId ?? throw new OpenStackException("Octavia names no pool for health monitor " + healthMonitorId + "."), ct)
                .ConfigureAwait(false);
        }

        public async Task<string> LoadBalancerOfL7PolicyAsync(string policyId, CancellationToken ct = default)
        {
            var policy = await _resources.GetAsync(LoadBalancingResources.L7Policies, policyId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException("No L7 policy has the id " + policyId + ".");
            return await LoadBalancerOfListenerAsync(policy.ListenerId ?? throw new OpenStackException("Octavia names no listener for L7 policy " + policyId + "."), ct)
                .ConfigureAwait(false);
        }

        /// <summary>
        /// Adds members to a pool in one batch update (PUT pools/{id}/members), so the load balancer goes through one
        /// PENDING_UPDATE for all of them. The batch replaces the pool's list: the members it has are sent again as they are
        /// (read afresh at each attempt), and a new member at the address and port of an existing one replaces it.
        /// With a wait, returns the pool's members at the addresses given, as they are once the load balancer is ACTIVE.
        /// </summary>
        public async Task<IReadOnlyList<Member>> AddMembersAsync(string poolId, IReadOnlyList<MemberOptions> added, LoadBalancerWait wait, CancellationToken ct = default)
        {
            if (added.Count == 0) throw new ArgumentException("No members to add.");
            foreach (var m in added)
            {
                m.Check();
                if (string.IsNullOrEmpty(m.Address) || !m.ProtocolPort.HasValue) throw new ArgumentException("Each member needs an address and a protocol port.");
            }
            var loadBalancerId = await LoadBalancerOfPoolAsync(poolId, ct).ConfigureAwait(false);
            var members = LoadBalancingResources.Members.Under(poolId);
            await ChangeAsync(loadBalancerId, async c =>
            {
                var existing = new List<Member>();
                await foreach (var m in _resources.ListAsync(members, null, null, c).ConfigureAwait(false)) existing.Add(m);
                var body = new JsonObject { ["members"] = MemberBatch(existing, added) };
                using var _ = await _resources.Session.SendAsync(ServiceRequest.Json(HttpMethod.Put, Service, members.Path, body.ToJsonString()), c).ConfigureAwait(false);
                return true;
            }, wait, false, ct).ConfigureAwait(false);
            if (!wait.Wait) return Array.Empty<Member>();
            var keys = new HashSet<string>(added.Select(m => Key(m.Address, m.ProtocolPort)), StringComparer.OrdinalIgnoreCase);
            var result = new List<Member>();
            await foreach (var m in _resources.ListAsync(members, null, null, ct).ConfigureAwait(false))
                if (keys.Contains(Key(m.Address, m.ProtocolPort))) { m.PoolId = poolId; result.Add(m); }
            return result;
        }

        /// <summary>The members of a batch update: those there are, as they are, then those added (one per address and port, the added one winning).</summary>
        internal static JsonArray MemberBatch(IEnumerable<Member> existing, IEnumerable<MemberOptions> added)
        {
            var byKey = new Dictionary<string, MemberOptions>(StringComparer.OrdinalIgnoreCase);
            var order = new List<string>();
            void Put(MemberOptions m)
            {
                var key = Key(m.Address, m.ProtocolPort);
                if (!byKey.ContainsKey(key)) order.Add(key);
                byKey[key] = m;
            }
            foreach (var m in existing) Put(MemberOptions.From(m));
            foreach (var m in added) Put(m);
            var array = new JsonArray();
            foreach (var key in order) array.Add(byKey[key].ToJson());
            return array;
        }

        private static string Key(string? address, int? port) => address + "|" + port;

        /// <summary>
        /// Each server's fixed address on a subnet, read from the subnet's ports in one listing (Nova's addresses name
        /// networks, not subnets); a server with none there is an error naming it.
        /// </summary>
        public async Task<IReadOnlyDictionary<string, string>> ServerAddressesAsync(string subnetId, IEnumerable<string> serverIds, CancellationToken ct = default)
        {
            var wanted = new HashSet<string>(serverIds, StringComparer.OrdinalIgnoreCase);
            var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var q = new Query().Add("fixed_ips", "subnet_id=" + subnetId);
            await foreach (var port in _resources.ListAsync(Network.NetworkResources.Ports, q, null, ct).ConfigureAwait(false))
            {
                if (port.DeviceId == null || !wanted.Contains(port.DeviceId) || found.ContainsKey(port.DeviceId)) continue;
                var ip = port.FixedIps?.FirstOrDefault(f => f.SubnetId == subnetId)?.IpAddress;
                if (ip != null) found[port.DeviceId] = ip;
            }
            var missing = wanted.Where(id => !found.ContainsKey(id)).ToList();
            if (missing.Count > 0)
                throw new ArgumentException("No address on subnet " + subnetId + " for server" + (missing.Count == 1 ? " " : "s ") + string.Join(", ", missing) +
                    ": give the subnet the servers are on with -Subnet.");
            return found;
        }

        /// <summary>The VIP subnet of the load balancer a pool belongs to: where its members are by default.</summary>
        public async Task<string> PoolSubnetAsync(string poolId, CancellationToken ct = default)
        {
            var lbId = await LoadBalancerOfPoolAsync(poolId, ct).ConfigureAwait(false);
            var lb = await _resources.GetAsync(LoadBalancingResources.LoadBalancers, lbId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException("No load balancer has the id " + lbId + ".");
            return lb.VipSubnetId ?? throw new ArgumentException("Load balancer " + lbId + " has no VIP subnet: give the members' subnet with -Subnet.");
        }

        /// <summary>The status tree of a load balancer, each object labelled with its kind and path.</summary>
        public async Task<LoadBalancerStatusNode> GetStatusAsync(string loadBalancerId, CancellationToken ct = default)
        {
            var path = ResourceClient.ItemPath(LoadBalancingResources.LoadBalancers, loadBalancerId) + "/status";
            using var doc = await _resources.Session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, path), ct).ConfigureAwait(false);
            if (doc == null || !doc.RootElement.TryGetProperty("statuses", out var statuses) || !statuses.TryGetProperty("loadbalancer", out var lb))
                throw new OpenStackException("The load-balancer service answered GET " + path + " without the 'statuses' this client expects.");
            var root = lb.Deserialize(OpenStackJsonContext.Default.LoadBalancerStatusNode)!;
            root.Label("load balancer", "");
            return root;
        }

        public async Task<LoadBalancerStatistics> GetStatisticsAsync(string loadBalancerId, CancellationToken ct = default)
        {
            var path = ResourceClient.ItemPath(LoadBalancingResources.LoadBalancers, loadBalancerId) + "/stats";
            using var doc = await _resources.Session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, path), ct).ConfigureAwait(false);
            if (doc == null || !doc.RootElement.TryGetProperty("stats", out var stats))
                throw new OpenStackException("The load-balancer service answered GET " + path + " without the 'stats' this client expects.");
            var result = stats.Deserialize(OpenStackJsonContext.Default.LoadBalancerStatistics)!;
            result.LoadBalancerId = loadBalancerId;
            return result;
        }
    }
}
