using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.ContainerInfra
{
    /// <summary>What Magnum has beyond its resources' shared operations: resizing a cluster, and template patches with labels.</summary>
    public sealed class ContainerInfraClient
    {
        private const string Service = ServiceTypes.ContainerInfra;
        private readonly OpenStackSession _session;

        public ContainerInfraClient(OpenStackSession session) { _session = session; }

        /// <summary>
        /// A template patch: "replace" for each attribute given, "add" for each label (Magnum takes label values one by
        /// one as text, not the whole map), "remove" for each label named with a null value.
        /// </summary>
        public static JsonPatch TemplatePatch(IDictionary<string, JsonNode?> attributes, IDictionary<string, string?>? labels = null)
        {
            var patch = new JsonPatch();
            foreach (var kv in attributes) patch.Replace(kv.Key, kv.Value?.DeepClone());
            foreach (var kv in labels ?? new Dictionary<string, string?>())
            {
                var path = JsonPatch.Pointer("labels", kv.Key);
                if (kv.Value == null) patch.Remove(path); else patch.Add(path, kv.Value);
            }
            if (patch.Count == 0) throw new ArgumentException("Nothing to change: give at least one property to set.");
            return patch;
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
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service,
                ResourceClient.ItemPath(ContainerInfraResources.Clusters, cluster.Uuid) + "/actions/resize", ResizeBody(nodeCount, nodeGroup).ToJsonString()), ct).ConfigureAwait(false);
        }

        internal static JsonObject ResizeBody(int nodeCount, string? nodeGroup)
        {
            var body = new JsonObject { ["node_count"] = nodeCount };
            if (nodeGroup != null) body["nodegroup"] = nodeGroup;
            return body;
        }
    }
}
