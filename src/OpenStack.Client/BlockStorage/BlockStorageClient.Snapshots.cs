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
    public sealed partial class BlockStorageClient
    {
        public IAsyncEnumerable<VolumeSnapshot> ListSnapshotsAsync(string? volumeId = null, string? name = null, CancellationToken ct = default)
        {
            var q = new List<string>();
            if (volumeId != null) q.Add("volume_id=" + Uri.EscapeDataString(volumeId));
            if (name != null) q.Add("name=" + Uri.EscapeDataString(name));
            return Pager.ListAsync(_session, Service, "snapshots/detail" + (q.Count > 0 ? "?" + string.Join("&", q) : ""), "snapshots",
                OpenStackJsonContext.Default.VolumeSnapshot, null, ct);
        }

        public async Task<VolumeSnapshot?> GetSnapshotAsync(string id, CancellationToken ct = default)
        {
            if (!NameResolver.LooksLikeId(id)) return null;
            var r = await _session.GetOrNullAsync(Service, "snapshots/" + Uri.EscapeDataString(id), OpenStackJsonContext.Default.VolumeSnapshotResponse, ct).ConfigureAwait(false);
            return r?.Snapshot;
        }

        public Task<VolumeSnapshot> FindSnapshotAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.FindAsync("snapshot", nameOrId, GetSnapshotAsync, c => ListSnapshotsAsync(name: nameOrId, ct: c), s => s.Name, s => s.Id, ct);

        /// <summary>Snapshots a volume; <paramref name="force"/> allows it while the volume is in use.</summary>
        public async Task<VolumeSnapshot> CreateSnapshotAsync(string volumeId, string name, string? description, bool force, CancellationToken ct = default)
        {
            var s = new JsonObject { ["volume_id"] = volumeId, ["name"] = name };
            // From microversion 3.66 Cinder snapshots in-use volumes anyway and rejects "force": false.
            if (force) s["force"] = true;
            if (description != null) s["description"] = description;
            var r = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "snapshots", new JsonObject { ["snapshot"] = s }.ToJsonString()),
                OpenStackJsonContext.Default.VolumeSnapshotResponse, ct).ConfigureAwait(false);
            return r.Snapshot!;
        }

        public async Task DeleteSnapshotAsync(string id, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "snapshots/" + Uri.EscapeDataString(id)), ct).ConfigureAwait(false);
        }

        public Task<VolumeSnapshot?> WaitForSnapshotAsync(string id, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => GetSnapshotAsync(id, c), s => s.Status, s => null, "snapshot " + id, options, ct);
    }
}
