using System.Security;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>Backups' restore, transfers' acceptance, type access and retype: Cinder's actions beyond create, read and delete.</summary>
    public sealed partial class BlockStorageClient
    {
        /// <summary>
        /// Restores a backup onto the volume <paramref name="volumeId"/> (overwriting it), or with none onto a new volume
        /// named <paramref name="newVolumeName"/>. Returns the id of the volume being restored.
        /// </summary>
        public async Task<string> RestoreBackupAsync(string backupId, string? volumeId, string? newVolumeName, CancellationToken ct = default)
        {
            var restore = new JsonObject();
            if (volumeId != null) restore["volume_id"] = volumeId;
            if (newVolumeName != null) restore["name"] = newVolumeName;
            var path = ResourceClient.ItemPath(BlockStorageResources.Backups, backupId) + "/restore";
            using var doc = await _session.SendForDocumentAsync(
                ServiceRequest.Json(System.Net.Http.HttpMethod.Post, BlockStorageResources.Backups.ServiceType, path, new JsonObject { ["restore"] = restore }.ToJsonString()), ct)
                .ConfigureAwait(false);
            return doc!.RootElement.GetProperty("restore").GetProperty("volume_id").GetString()!;
        }

        /// <summary>Accepts a transfer into the current project with its key; returns the id of the volume it brought.</summary>
        public async Task<string> AcceptTransferAsync(string transferId, SecureString authKey, CancellationToken ct = default)
        {
            var key = new System.Net.NetworkCredential(string.Empty, authKey).Password;
            var path = ResourceClient.ItemPath(BlockStorageResources.Transfers, transferId) + "/accept";
            var request = ServiceRequest.Json(System.Net.Http.HttpMethod.Post, BlockStorageResources.Transfers.ServiceType, path,
                new JsonObject { ["accept"] = new JsonObject { ["auth_key"] = key } }.ToJsonString());
            request.NotReplayable = true; // the key goes once
            using var doc = await _session.SendForDocumentAsync(request, ct).ConfigureAwait(false);
            return doc!.RootElement.GetProperty("transfer").GetProperty("volume_id").GetString()!;
        }

        /// <summary>Gives <paramref name="projectId"/> access to a private volume type.</summary>
        public Task AddTypeAccessAsync(string typeId, string projectId, CancellationToken ct = default) =>
            _resources.ActionAsync(BlockStorageResources.VolumeTypes, typeId, new JsonObject { ["addProjectAccess"] = new JsonObject { ["project"] = projectId } }, ct: ct);

        public Task RemoveTypeAccessAsync(string typeId, string projectId, CancellationToken ct = default) =>
            _resources.ActionAsync(BlockStorageResources.VolumeTypes, typeId, new JsonObject { ["removeProjectAccess"] = new JsonObject { ["project"] = projectId } }, ct: ct);

        /// <summary>Adds or changes extra specs of a volume type.</summary>
        public async Task SetExtraSpecsAsync(string typeId, System.Collections.Generic.IDictionary<string, string> specs, CancellationToken ct = default)
        {
            var o = new JsonObject();
            foreach (var kv in specs) o[kv.Key] = kv.Value;
            var path = ResourceClient.ItemPath(BlockStorageResources.VolumeTypes, typeId) + "/extra_specs";
            using var _ = await _session.SendAsync(ServiceRequest.Json(System.Net.Http.HttpMethod.Post, ServiceTypes.BlockStorage, path,
                new JsonObject { ["extra_specs"] = o }.ToJsonString()), ct).ConfigureAwait(false);
        }

        public async Task RemoveExtraSpecAsync(string typeId, string key, CancellationToken ct = default)
        {
            var path = ResourceClient.ItemPath(BlockStorageResources.VolumeTypes, typeId) + "/extra_specs/" + System.Uri.EscapeDataString(key);
            using var _ = await _session.SendAsync(new ServiceRequest(System.Net.Http.HttpMethod.Delete, ServiceTypes.BlockStorage, path), ct).ConfigureAwait(false);
        }

        /// <summary>Changes a volume's type; <paramref name="migrationPolicy"/> "on-demand" lets Cinder move it to another backend.</summary>
        public Task RetypeAsync(string volumeId, string newType, string? migrationPolicy, CancellationToken ct = default)
        {
            var retype = new JsonObject { ["new_type"] = newType };
            if (migrationPolicy != null) retype["migration_policy"] = migrationPolicy;
            return _resources.ActionAsync(Volumes, volumeId, new JsonObject { ["os-retype"] = retype }, ct: ct);
        }
    }
}
