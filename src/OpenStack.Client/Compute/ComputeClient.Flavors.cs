using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Compute
{
    /// <summary>A flavor's description, extra specs and project access (admin): Nova's calls beside the flavor itself.</summary>
    public sealed partial class ComputeClient
    {
        /// <summary>The microversion from which a flavor has a description (and may change it).</summary>
        public const string FlavorDescriptionMicroversion = "2.55";

        private static string FlavorPath(string flavorId) => ResourceClient.ItemPath(ComputeResources.Flavors, flavorId);

        /// <summary>Sets (or with null clears) a flavor's description: the one thing Nova changes on a flavor in place.</summary>
        public async Task<Flavor> SetFlavorDescriptionAsync(string flavorId, string? description, CancellationToken ct = default)
        {
            await RequireAsync(FlavorDescriptionMicroversion, "Flavor descriptions", ct).ConfigureAwait(false);
            var body = new JsonObject { ["flavor"] = new JsonObject { ["description"] = description } }.ToJsonString();
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Put, Service, FlavorPath(flavorId), body), ct).ConfigureAwait(false);
            return ResourceClient.Read(ComputeResources.Flavors, doc, "PUT", FlavorPath(flavorId));
        }

        /// <summary>Adds or changes extra specs (others are kept).</summary>
        public async Task SetFlavorExtraSpecsAsync(string flavorId, IDictionary<string, string> specs, CancellationToken ct = default)
        {
            var map = new JsonObject();
            foreach (var kv in specs) map[kv.Key] = kv.Value;
            var body = new JsonObject { ["extra_specs"] = map }.ToJsonString();
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service, FlavorPath(flavorId) + "/os-extra_specs", body), ct).ConfigureAwait(false);
        }

        /// <summary>Removes one extra spec; one the flavor does not have is Nova's 404.</summary>
        public async Task RemoveFlavorExtraSpecAsync(string flavorId, string key, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, FlavorPath(flavorId) + "/os-extra_specs/" + Uri.EscapeDataString(key)), ct)
                .ConfigureAwait(false);
        }

        /// <summary>The projects a private flavor is shared with (Nova refuses to list it for a public one).</summary>
        public async Task<IReadOnlyList<FlavorAccess>> GetFlavorAccessAsync(string flavorId, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, FlavorPath(flavorId) + "/os-flavor-access"), ct).ConfigureAwait(false);
            return ReadAccess(doc);
        }

        /// <summary>Shares a private flavor with a project; returns the flavor's access list after the change.</summary>
        public Task<IReadOnlyList<FlavorAccess>> AddFlavorAccessAsync(string flavorId, string projectId, CancellationToken ct = default) =>
            FlavorAccessActionAsync(flavorId, "addTenantAccess", projectId, ct);

        /// <summary>Stops sharing a private flavor with a project; returns the flavor's access list after the change.</summary>
        public Task<IReadOnlyList<FlavorAccess>> RemoveFlavorAccessAsync(string flavorId, string projectId, CancellationToken ct = default) =>
            FlavorAccessActionAsync(flavorId, "removeTenantAccess", projectId, ct);

        private async Task<IReadOnlyList<FlavorAccess>> FlavorAccessActionAsync(string flavorId, string action, string projectId, CancellationToken ct)
        {
            var body = new JsonObject { [action] = new JsonObject { ["tenant"] = projectId } }.ToJsonString();
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, FlavorPath(flavorId) + "/action", body), ct).ConfigureAwait(false);
            return ReadAccess(doc);
        }

        private static IReadOnlyList<FlavorAccess> ReadAccess(JsonDocument? doc)
        {
            var list = new List<FlavorAccess>();
            if (doc != null && doc.RootElement.ValueKind == JsonValueKind.Object &&
                doc.RootElement.TryGetProperty("flavor_access", out var items) && items.ValueKind == JsonValueKind.Array)
                foreach (var e in items.EnumerateArray()) list.Add(e.Deserialize(OpenStackJsonContext.Default.FlavorAccess)!);
            return list;
        }

        /// <summary>Says before the request that the negotiated compute microversion is older than <paramref name="needed"/>.</summary>
        private async Task RequireAsync(string needed, string what, CancellationToken ct)
        {
            var have = await _session.GetMicroversionAsync(Service, ct).ConfigureAwait(false);
            if (have.HasValue && have.Value < Microversion.Parse(needed))
                throw new NotSupportedException(what + " need compute API microversion " + needed + " or later; this cloud's is " + have.Value + ".");
        }
    }
}
