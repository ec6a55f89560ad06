using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;

namespace OpenStack.Client.Compute
{
    /// <summary>Keypairs, volume attachments, console output, server updates and flavor management.</summary>
    public sealed partial class ComputeClient
    {
        // ---- keypairs -----------------------------------------------------------------------------------

        public async IAsyncEnumerable<Keypair> ListKeypairsAsync([EnumeratorCancellation] CancellationToken ct = default)
        {
            // Nova wraps each one: {"keypairs": [{"keypair": {...}}]}
            await foreach (var e in Paging.Pager.ListElementsAsync(_session, Service, "os-keypairs", "keypairs", null, ct).ConfigureAwait(false))
                yield return e.GetProperty("keypair").Deserialize(OpenStackJsonContext.Default.Keypair)!;
        }

        public async Task<Keypair?> GetKeypairAsync(string name, CancellationToken ct = default)
        {
            var r = await _session.GetOrNullAsync(Service, "os-keypairs/" + Uri.EscapeDataString(name), OpenStackJsonContext.Default.KeypairResponse, ct).ConfigureAwait(false);
            return r?.Keypair;
        }

        /// <summary>Imports a public key, or with none lets Nova generate the pair (the private key is then in the result).</summary>
        public async Task<Keypair> CreateKeypairAsync(string name, string? publicKey, CancellationToken ct = default)
        {
            var kp = new JsonObject { ["name"] = name };
            if (publicKey != null) kp["public_key"] = publicKey.Trim();
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "os-keypairs", new JsonObject { ["keypair"] = kp }.ToJsonString()),
                OpenStackJsonContext.Default.KeypairResponse, ct).ConfigureAwait(false);
            return r.Keypair!;
        }

        public async Task DeleteKeypairAsync(string name, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "os-keypairs/" + Uri.EscapeDataString(name)), ct).ConfigureAwait(false);
        }

        // ---- volume attachments -------------------------------------------------------------------------

        public async Task<IReadOnlyList<VolumeAttachment>> ListVolumeAttachmentsAsync(string serverId, CancellationToken ct = default)
        {
            var r = await _session.SendJsonAsync(new ServiceRequest(HttpMethod.Get, Service, "servers/" + Uri.EscapeDataString(serverId) + "/os-volume_attachments"),
                OpenStackJsonContext.Default.VolumeAttachmentList, ct).ConfigureAwait(false);
            return r.VolumeAttachments ?? new List<VolumeAttachment>();
        }

        public async Task<VolumeAttachment> AttachVolumeAsync(string serverId, string volumeId, string? device, CancellationToken ct = default)
        {
            var a = new JsonObject { ["volumeId"] = volumeId };
            if (device != null) a["device"] = device;
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "servers/" + Uri.EscapeDataString(serverId) + "/os-volume_attachments",
                new JsonObject { ["volumeAttachment"] = a }.ToJsonString()), OpenStackJsonContext.Default.VolumeAttachmentResponse, ct).ConfigureAwait(false);
            return r.VolumeAttachment!;
        }

        public async Task DetachVolumeAsync(string serverId, string volumeId, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service,
                "servers/" + Uri.EscapeDataString(serverId) + "/os-volume_attachments/" + Uri.EscapeDataString(volumeId)), ct).ConfigureAwait(false);
        }

        // ---- console, updates ---------------------------------------------------------------------------

        /// <summary>The server's console log; the last <paramref name="lines"/> lines when given.</summary>
        public async Task<string> GetConsoleOutputAsync(string serverId, int? lines, CancellationToken ct = default)
        {
            var body = lines.HasValue
                ? "{\"os-getConsoleOutput\":{\"length\":" + lines.Value.ToString(CultureInfo.InvariantCulture) + "}}"
                : "{\"os-getConsoleOutput\":{}}";
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, "servers/" + Uri.EscapeDataString(serverId) + "/action", body), ct)
                .ConfigureAwait(false);
            return doc?.RootElement.GetProperty("output").GetString() ?? "";
        }

        /// <summary>Changes name and/or description (null leaves a field as it is).</summary>
        public async Task<Server> UpdateServerAsync(string serverId, string? name, string? description, CancellationToken ct = default)
        {
            var s = new JsonObject();
            if (name != null) s["name"] = name;
            if (description != null) s["description"] = description;
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Put, Service, "servers/" + Uri.EscapeDataString(serverId), new JsonObject { ["server"] = s }.ToJsonString()),
                OpenStackJsonContext.Default.ServerResponse, ct).ConfigureAwait(false);
            return r.Server!;
        }

        /// <summary>Adds or replaces metadata items (POST), or replaces all metadata (PUT) when <paramref name="replaceAll"/>.</summary>
        public async Task SetMetadataAsync(string serverId, IDictionary<string, string> metadata, bool replaceAll, CancellationToken ct = default)
        {
            var md = new JsonObject();
            foreach (var kv in metadata) md[kv.Key] = kv.Value;
            using var _ = await _session.SendAsync(ServiceRequest.Json(replaceAll ? HttpMethod.Put : HttpMethod.Post, Service,
                "servers/" + Uri.EscapeDataString(serverId) + "/metadata", new JsonObject { ["metadata"] = md }.ToJsonString()), ct).ConfigureAwait(false);
        }

        // ---- flavor management (admin) ------------------------------------------------------------------

        public async Task<Flavor> CreateFlavorAsync(string name, int vcpus, int ramMiB, int diskGB, string? id, int ephemeralGB, int swapMiB, bool isPublic,
            string? description, CancellationToken ct = default)
        {
            var f = new JsonObject
            {
                ["name"] = name, ["vcpus"] = vcpus, ["ram"] = ramMiB, ["disk"] = diskGB,
                ["OS-FLV-EXT-DATA:ephemeral"] = ephemeralGB, ["swap"] = swapMiB, ["os-flavor-access:is_public"] = isPublic,
            };
            if (id != null) f["id"] = id;
            if (description != null) f["description"] = description;
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "flavors", new JsonObject { ["flavor"] = f }.ToJsonString()),
                OpenStackJsonContext.Default.FlavorResponse, ct).ConfigureAwait(false);
            return r.Flavor!;
        }

        public async Task DeleteFlavorAsync(string id, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "flavors/" + Uri.EscapeDataString(id)), ct).ConfigureAwait(false);
        }
    }
}
