using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>Cinder (block storage v3). For now: reading a volume and waiting on its status.</summary>
    public sealed class BlockStorageClient
    {
        private const string Service = ServiceTypes.BlockStorage;
        private readonly OpenStackSession _session;

        public BlockStorageClient(OpenStackSession session) { _session = session; }

        /// <summary>The volume, or null if there is none with that id.</summary>
        public async Task<Volume?> GetVolumeAsync(string id, CancellationToken ct = default)
        {
            if (!NameResolver.LooksLikeId(id)) return null;
            var r = await _session.GetOrNullAsync(Service, "volumes/" + Uri.EscapeDataString(id), OpenStackJsonContext.Default.VolumeResponse, ct).ConfigureAwait(false);
            return r?.Volume;
        }

        /// <summary>Polls until a target status; fails fast on error statuses.</summary>
        public Task<Volume?> WaitForVolumeAsync(string id, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => GetVolumeAsync(id, c), v => v.Status, v => null, "volume " + id, options, ct);
    }
}
