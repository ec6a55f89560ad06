using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Paging;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>Cinder (block storage v3): volumes, their actions, and volume types.</summary>
    public sealed partial class BlockStorageClient
    {
        private const string Service = ServiceTypes.BlockStorage;
        private readonly OpenStackSession _session;

        public BlockStorageClient(OpenStackSession session) { _session = session; }

        /// <summary>Waiting on a volume fails at once on these.</summary>
        public static readonly string[] FailureStatuses = { "error", "error_deleting", "error_extending", "error_restoring", "error_managing" };

        public IAsyncEnumerable<Volume> ListVolumesAsync(VolumeListOptions? options = null, CancellationToken ct = default)
        {
            var q = new List<string>();
            if (options?.Name != null) q.Add("name=" + Uri.EscapeDataString(options.Name));
            if (options?.Status != null) q.Add("status=" + Uri.EscapeDataString(options.Status));
            if (options?.AllProjects == true) q.Add("all_tenants=1");
            return Pager.ListAsync(_session, Service, "volumes/detail" + (q.Count > 0 ? "?" + string.Join("&", q) : ""), "volumes",
                OpenStackJsonContext.Default.Volume, options?.PageSize, ct);
        }

        /// <summary>The volume, or null if there is none with that id.</summary>
        public async Task<Volume?> GetVolumeAsync(string id, CancellationToken ct = default)
        {
            if (!NameResolver.LooksLikeId(id)) return null;
            var r = await _session.GetOrNullAsync(Service, "volumes/" + Uri.EscapeDataString(id), OpenStackJsonContext.Default.VolumeResponse, ct).ConfigureAwait(false);
            return r?.Volume;
        }

        public Task<Volume> FindVolumeAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.FindAsync("volume", nameOrId, GetVolumeAsync, c => ListVolumesAsync(new VolumeListOptions { Name = nameOrId }, c), v => v.Name, v => v.Id, ct);

        public async Task<Volume> CreateVolumeAsync(VolumeCreateOptions o, CancellationToken ct = default)
        {
            if (o.Size <= 0 && o.SnapshotId == null && o.SourceVolumeId == null)
                throw new ArgumentException("A volume needs a size of at least 1 GB (got " + o.Size + ").");
            var v = new JsonObject();
            if (o.Size > 0) v["size"] = o.Size;
            if (o.Name != null) v["name"] = o.Name;
            if (o.Description != null) v["description"] = o.Description;
            if (o.VolumeType != null) v["volume_type"] = o.VolumeType;
            if (o.AvailabilityZone != null) v["availability_zone"] = o.AvailabilityZone;
            if (o.SnapshotId != null) v["snapshot_id"] = o.SnapshotId;
            if (o.SourceVolumeId != null) v["source_volid"] = o.SourceVolumeId;
            if (o.ImageId != null) v["imageRef"] = o.ImageId;
            if (o.Metadata.Count > 0)
            {
                var md = new JsonObject();
                foreach (var kv in o.Metadata) md[kv.Key] = kv.Value;
                v["metadata"] = md;
            }
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "volumes", new JsonObject { ["volume"] = v }.ToJsonString()),
                OpenStackJsonContext.Default.VolumeResponse, ct).ConfigureAwait(false);
            return r.Volume!;
        }

        public async Task<Volume> UpdateVolumeAsync(string id, string? name, string? description, CancellationToken ct = default)
        {
            var v = new JsonObject();
            if (name != null) v["name"] = name;
            if (description != null) v["description"] = description;
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Put, Service, "volumes/" + Uri.EscapeDataString(id), new JsonObject { ["volume"] = v }.ToJsonString()),
                OpenStackJsonContext.Default.VolumeResponse, ct).ConfigureAwait(false);
            return r.Volume!;
        }

        /// <summary>Adds or changes metadata items, or with <paramref name="replaceAll"/> makes them the whole metadata.</summary>
        public async Task SetMetadataAsync(string id, IDictionary<string, string> metadata, bool replaceAll, CancellationToken ct = default)
        {
            var md = new JsonObject();
            foreach (var kv in metadata) md[kv.Key] = kv.Value;
            using var _ = await _session.SendAsync(ServiceRequest.Json(replaceAll ? HttpMethod.Put : HttpMethod.Post, Service, "volumes/" + Uri.EscapeDataString(id) + "/metadata",
                new JsonObject { ["metadata"] = md }.ToJsonString()), ct).ConfigureAwait(false);
        }

        public Task SetBootableAsync(string id, bool bootable, CancellationToken ct = default) =>
            ActionAsync(id, new JsonObject { ["os-set_bootable"] = new JsonObject { ["bootable"] = bootable } }, ct);

        /// <summary>Grows the volume to <paramref name="newSizeGB"/> (Cinder cannot shrink).</summary>
        public Task ExtendVolumeAsync(string id, int newSizeGB, CancellationToken ct = default) =>
            ActionAsync(id, new JsonObject { ["os-extend"] = new JsonObject { ["new_size"] = newSizeGB } }, ct);

        /// <summary>Deletes the volume; <paramref name="cascade"/> also its snapshots; <paramref name="force"/> whatever its status (admin).</summary>
        public async Task DeleteVolumeAsync(string id, bool cascade, bool force, CancellationToken ct = default)
        {
            if (force)
            {
                await ActionAsync(id, new JsonObject { ["os-force_delete"] = null }, ct).ConfigureAwait(false);
                return;
            }
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "volumes/" + Uri.EscapeDataString(id) + (cascade ? "?cascade=true" : "")), ct)
                .ConfigureAwait(false);
        }

        private async Task ActionAsync(string id, JsonObject body, CancellationToken ct)
        {
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service, "volumes/" + Uri.EscapeDataString(id) + "/action", body.ToJsonString()), ct)
                .ConfigureAwait(false);
        }

        /// <summary>Polls until a target status; fails fast on error statuses.</summary>
        public Task<Volume?> WaitForVolumeAsync(string id, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => GetVolumeAsync(id, c), v => v.Status, v => null, "volume " + id, options, ct);

        public IAsyncEnumerable<VolumeType> ListVolumeTypesAsync(CancellationToken ct = default) =>
            Pager.ListAsync(_session, Service, "types", "volume_types", OpenStackJsonContext.Default.VolumeType, null, ct);
    }
}
