using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>QoS specifications' specs and associations, and backup records: Cinder's admin calls beyond its resources' shared operations.</summary>
    public sealed partial class BlockStorageClient
    {
        private static ResourceDescriptor<VolumeQos> Qos => BlockStorageResources.QosSpecs;

        /// <summary>
        /// Adds or changes specs of a QoS specification, and its consumer when given (PUT qos-specs/{id}: only the keys given
        /// change; Cinder takes "consumer" there as the specification's own).
        /// </summary>
        public async Task SetQosSpecsAsync(string qosId, IDictionary<string, string> specs, string? consumer = null, CancellationToken ct = default)
        {
            VolumeQosCreateOptions.CheckSpecKeys(specs.Keys);
            VolumeQosCreateOptions.CheckConsumer(consumer);
            var o = new JsonObject();
            foreach (var kv in specs) o[kv.Key] = kv.Value;
            if (consumer != null) o["consumer"] = consumer;
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Put, Qos.ServiceType, ResourceClient.ItemPath(Qos, qosId),
                new JsonObject { ["qos_specs"] = o }.ToJsonString()), ct).ConfigureAwait(false);
        }

        /// <summary>Removes specs of a QoS specification by key (each once: Cinder refuses a key twice).</summary>
        public async Task RemoveQosSpecsAsync(string qosId, IEnumerable<string> keys, CancellationToken ct = default)
        {
            var array = new JsonArray();
            foreach (var k in new HashSet<string>(keys, System.StringComparer.Ordinal)) array.Add(k);
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Put, Qos.ServiceType, ResourceClient.ItemPath(Qos, qosId) + "/delete_keys",
                new JsonObject { ["keys"] = array }.ToJsonString()), ct).ConfigureAwait(false);
        }

        /// <summary>Applies a QoS specification to a volume type (a type has at most one).</summary>
        public Task AssociateQosAsync(string qosId, string volumeTypeId, CancellationToken ct = default) =>
            QosCallAsync(qosId, "associate" + new Query().Add("vol_type_id", volumeTypeId).ToQueryString(), ct);

        public Task DisassociateQosAsync(string qosId, string volumeTypeId, CancellationToken ct = default) =>
            QosCallAsync(qosId, "disassociate" + new Query().Add("vol_type_id", volumeTypeId).ToQueryString(), ct);

        /// <summary>Takes a QoS specification off every volume type.</summary>
        public Task DisassociateQosFromAllAsync(string qosId, CancellationToken ct = default) => QosCallAsync(qosId, "disassociate_all", ct);

        // Cinder's association calls are GETs that change state.
        private async Task QosCallAsync(string qosId, string action, CancellationToken ct)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Get, Qos.ServiceType, ResourceClient.ItemPath(Qos, qosId) + "/" + action), ct).ConfigureAwait(false);
        }

        /// <summary>Deletes a QoS specification; <paramref name="disassociate"/> takes it off its volume types first (else one in use is refused).</summary>
        public Task DeleteQosAsync(string qosId, bool disassociate, CancellationToken ct = default) =>
            _resources.DeleteAsync(Qos, qosId, new Query().Add("force", disassociate ? "True" : "False"), ct);

        /// <summary>The record an available backup can be imported from again (GET backups/{id}/export_record).</summary>
        public async Task<VolumeBackupRecord> ExportBackupRecordAsync(string backupId, CancellationToken ct = default)
        {
            var path = ResourceClient.ItemPath(BlockStorageResources.Backups, backupId) + "/export_record";
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, ServiceTypes.BlockStorage, path), ct).ConfigureAwait(false);
            if (doc == null || !doc.RootElement.TryGetProperty("backup-record", out var record) || record.ValueKind != JsonValueKind.Object)
                throw new OpenStackException("The block storage service answered the export of backup " + backupId + " without a backup record.");
            return record.Deserialize(Json.OpenStackJsonContext.Default.VolumeBackupRecord)!;
        }

        /// <summary>
        /// Makes a backup from a record (POST backups/import_record): it gets the record's id again, and is "creating" until
        /// the backup service has taken the record up (it does not read the backup's data). Returns the new backup's id.
        /// </summary>
        public async Task<string> ImportBackupRecordAsync(VolumeBackupRecord record, CancellationToken ct = default)
        {
            var body = new JsonObject { ["backup-record"] = new JsonObject { ["backup_service"] = record.BackupService, ["backup_url"] = record.BackupUrl } };
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, ServiceTypes.BlockStorage, "backups/import_record", body.ToJsonString()), ct)
                .ConfigureAwait(false);
            if (doc != null && doc.RootElement.TryGetProperty("backup", out var backup) && backup.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                return id.GetString()!;
            throw new OpenStackException("The block storage service accepted the backup record but returned no backup id.");
        }
    }
}
