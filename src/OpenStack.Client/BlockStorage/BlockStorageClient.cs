using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>What Cinder has beyond its resources' shared operations: volume actions, and deletion with its options.</summary>
    public sealed partial class BlockStorageClient
    {
        private readonly ResourceClient _resources;
        private readonly OpenStackSession _session;

        public BlockStorageClient(OpenStackSession session) { _resources = new ResourceClient(session); _session = session; }

        /// <summary>
        /// Cinder's newest user message about a resource ("schedule allocate volume:Could not find any available weighted
        /// backend."): the reason a volume went to error, which the volume itself does not carry. Null when there is none,
        /// or the cloud cannot say (messages need microversion 3.5 for the filter).
        /// </summary>
        public async Task<string?> LastUserMessageAsync(string resourceId, CancellationToken ct = default)
        {
            var path = "messages" + new Query().Add("resource_uuid", resourceId).Add("sort", "created_at:desc").Add("limit", 1).ToQueryString();
            try
            {
                using var doc = await _resources.Session.SendForDocumentAsync(
                    new ServiceRequest(HttpMethod.Get, Volumes.ServiceType, path) { Microversion = "3.5" }, ct).ConfigureAwait(false);
                if (doc != null && doc.RootElement.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
                    foreach (var m in messages.EnumerateArray())
                        if (m.TryGetProperty("user_message", out var text) && text.ValueKind == JsonValueKind.String) return text.GetString();
            }
            // Only an explanation: an older Cinder, or a policy that hides messages, leaves the failure as it was.
            catch (OpenStackException) { }
            return null;
        }

        private static ResourceDescriptor<Volume> Volumes => BlockStorageResources.Volumes;

        public Task SetBootableAsync(string id, bool bootable, CancellationToken ct = default) =>
            _resources.ActionAsync(Volumes, id, new JsonObject { ["os-set_bootable"] = new JsonObject { ["bootable"] = bootable } }, ct: ct);

        /// <summary>Grows the volume to <paramref name="newSizeGB"/> (Cinder cannot shrink).</summary>
        public Task ExtendVolumeAsync(string id, int newSizeGB, CancellationToken ct = default) =>
            _resources.ActionAsync(Volumes, id, new JsonObject { ["os-extend"] = new JsonObject { ["new_size"] = newSizeGB } }, ct: ct);

        /// <summary>Deletes the volume; <paramref name="cascade"/> also its snapshots; <paramref name="force"/> whatever its status (admin).</summary>
        public Task DeleteVolumeAsync(string id, bool cascade, bool force, CancellationToken ct = default) =>
            force
                ? _resources.ActionAsync(Volumes, id, new JsonObject { ["os-force_delete"] = null }, ct: ct)
                : _resources.DeleteAsync(Volumes, id, cascade ? new Query().Add("cascade", true) : null, ct);
    }
}
