using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Paging;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.ContainerInfra
{
    /// <summary>Magnum (container-infra v1): cluster templates, clusters and node groups.</summary>
    public sealed class ContainerInfraClient
    {
        private const string Service = ServiceTypes.ContainerInfra;
        private readonly OpenStackSession _session;

        public ContainerInfraClient(OpenStackSession session) { _session = session; }

        // ---- cluster templates --------------------------------------------------------------------------

        public IAsyncEnumerable<ClusterTemplate> ListTemplatesAsync(int? pageSize = null, CancellationToken ct = default) =>
            Pager.ListAsync(_session, Service, "clustertemplates", "clustertemplates", OpenStackJsonContext.Default.ClusterTemplate, pageSize, ct);

        public Task<ClusterTemplate?> GetTemplateAsync(string uuid, CancellationToken ct = default) =>
            NameResolver.LooksLikeId(uuid)
                ? _session.GetOrNullAsync(Service, "clustertemplates/" + Uri.EscapeDataString(uuid), OpenStackJsonContext.Default.ClusterTemplate, ct)
                : Task.FromResult<ClusterTemplate?>(null);

        /// <summary>By uuid or exact name; Magnum has no name filter, so names are matched here.</summary>
        public Task<ClusterTemplate> FindTemplateAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.FindAsync("cluster template", nameOrId, GetTemplateAsync, c => ListTemplatesAsync(null, c), t => t.Name, t => t.Uuid, ct);

        public Task<ClusterTemplate> CreateTemplateAsync(ClusterTemplateCreateOptions options, CancellationToken ct = default) =>
            _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "clustertemplates", options.ToJson().ToJsonString()),
                OpenStackJsonContext.Default.ClusterTemplate, ct);

        /// <summary>
        /// Applies a JSON patch: "replace" for each attribute given, "add" for each label (Magnum takes label values one by
        /// one as text, not the whole map), "remove" for each label named with a null value.
        /// </summary>
        public Task<ClusterTemplate> UpdateTemplateAsync(string uuid, IDictionary<string, JsonNode?> attributes, IDictionary<string, string?>? labels = null,
            CancellationToken ct = default)
        {
            var patch = new JsonArray();
            foreach (var kv in attributes)
                patch.Add(new JsonObject { ["op"] = "replace", ["path"] = "/" + kv.Key, ["value"] = kv.Value?.DeepClone() });
            foreach (var kv in labels ?? new Dictionary<string, string?>())
            {
                // JSON pointer escaping: "~" and "/" may appear in label keys.
                var path = "/labels/" + kv.Key.Replace("~", "~0").Replace("/", "~1");
                patch.Add(kv.Value == null ? new JsonObject { ["op"] = "remove", ["path"] = path } : new JsonObject { ["op"] = "add", ["path"] = path, ["value"] = kv.Value });
            }
            if (patch.Count == 0) throw new ArgumentException("Nothing to change: give at least one property to set.");
            return _session.SendJsonAsync(ServiceRequest.Json(new HttpMethod("PATCH"), Service, "clustertemplates/" + Uri.EscapeDataString(uuid), patch.ToJsonString()),
                OpenStackJsonContext.Default.ClusterTemplate, ct);
        }

        public async Task DeleteTemplateAsync(string uuid, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "clustertemplates/" + Uri.EscapeDataString(uuid)), ct).ConfigureAwait(false);
        }

        // ---- clusters ----------------------------------------------------------------------------------

        /// <summary>Clusters as Magnum lists them (a summary: addresses and labels need GetClusterAsync).</summary>
        public IAsyncEnumerable<Cluster> ListClustersAsync(int? pageSize = null, CancellationToken ct = default) =>
            Pager.ListAsync(_session, Service, "clusters", "clusters", OpenStackJsonContext.Default.Cluster, pageSize, ct);

        public Task<Cluster?> GetClusterAsync(string uuid, CancellationToken ct = default) =>
            NameResolver.LooksLikeId(uuid)
                ? _session.GetOrNullAsync(Service, "clusters/" + Uri.EscapeDataString(uuid), OpenStackJsonContext.Default.Cluster, ct)
                : Task.FromResult<Cluster?>(null);

        public async Task<Cluster> FindClusterAsync(string nameOrId, CancellationToken ct = default)
        {
            var found = await NameResolver.FindAsync("cluster", nameOrId, GetClusterAsync, c => ListClustersAsync(null, c), t => t.Name, t => t.Uuid, ct).ConfigureAwait(false);
            // A listed cluster is a summary: read the whole of it.
            return await GetClusterAsync(found.Uuid, ct).ConfigureAwait(false) ?? found;
        }

        /// <summary>Asks for a cluster; Magnum answers at once with its uuid and builds it in the background.</summary>
        public async Task<Cluster> CreateClusterAsync(ClusterCreateOptions options, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, "clusters", options.ToJson().ToJsonString()), ct).ConfigureAwait(false);
            var uuid = doc != null && doc.RootElement.TryGetProperty("uuid", out var u) ? u.GetString() : null;
            if (string.IsNullOrEmpty(uuid)) throw new OpenStackException("Magnum accepted the cluster '" + options.Name + "' but returned no uuid.");
            return await GetClusterAsync(uuid!, ct).ConfigureAwait(false) ?? new Cluster { Uuid = uuid!, Name = options.Name };
        }

        /// <summary>
        /// Scales a node group (the default worker group unless named) to a node count (microversion 1.7+). Magnum
        /// accepts a resize of a cluster in any state and then drops it unless the cluster is *_COMPLETE, so the state
        /// is checked here first and a cluster that cannot be resized is an error, not a silent no-op.
        /// </summary>
        public async Task ResizeClusterAsync(Cluster cluster, int nodeCount, string? nodeGroup, CancellationToken ct = default)
        {
            if (nodeCount < 0) throw new ArgumentException("A node count cannot be negative.");
            var status = cluster.Status ?? "";
            if (!status.EndsWith("_COMPLETE", StringComparison.OrdinalIgnoreCase))
                throw new ResourceStateException("Cluster " + (cluster.Name ?? cluster.Uuid) + " is " + (status.Length == 0 ? "in no known state" : status) +
                    (string.IsNullOrEmpty(cluster.StatusReason) ? "" : " (" + cluster.StatusReason!.TrimEnd('.') + ")") +
                    ": Magnum resizes only clusters whose last operation completed.", status);
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service, "clusters/" + Uri.EscapeDataString(cluster.Uuid) + "/actions/resize",
                ResizeBody(nodeCount, nodeGroup).ToJsonString()), ct).ConfigureAwait(false);
        }

        internal static JsonObject ResizeBody(int nodeCount, string? nodeGroup)
        {
            var body = new JsonObject { ["node_count"] = nodeCount };
            if (nodeGroup != null) body["nodegroup"] = nodeGroup;
            return body;
        }

        public async Task DeleteClusterAsync(string uuid, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "clusters/" + Uri.EscapeDataString(uuid)), ct).ConfigureAwait(false);
        }

        public IAsyncEnumerable<NodeGroup> ListNodeGroupsAsync(string clusterUuid, CancellationToken ct = default) =>
            Pager.ListAsync(_session, Service, "clusters/" + Uri.EscapeDataString(clusterUuid) + "/nodegroups", "nodegroups", OpenStackJsonContext.Default.NodeGroup, null, ct);

        /// <summary>
        /// Follows a cluster through *_IN_PROGRESS until one of <paramref name="options"/>' targets; any *_FAILED
        /// ends the wait with Magnum's status_reason.
        /// </summary>
        public Task<Cluster?> WaitForClusterAsync(string uuid, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => GetClusterAsync(uuid, c), c => c.Status, c => c.StatusReason, "cluster " + uuid, options, ct);
    }
}
