using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>What Cinder has beyond its resources' shared operations: volume actions, and deletion with its options.</summary>
    public sealed class BlockStorageClient
    {
        private readonly ResourceClient _resources;

        public BlockStorageClient(OpenStackSession session) { _resources = new ResourceClient(session); }

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
