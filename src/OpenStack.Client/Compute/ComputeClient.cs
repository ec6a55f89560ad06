using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Paging;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>Nova (compute v2.1): servers, their actions, and flavors.</summary>
    public sealed partial class ComputeClient
    {
        private const string Service = ServiceTypes.Compute;
        private readonly OpenStackSession _session;

        public ComputeClient(OpenStackSession session) { _session = session; }

        // ---- servers ------------------------------------------------------------------------------------

        /// <summary>Servers with details, streamed page by page.</summary>
        public IAsyncEnumerable<Server> ListServersAsync(ServerListOptions? options = null, CancellationToken ct = default)
        {
            var q = new List<string>();
            if (options?.NameRegex != null) q.Add("name=" + Uri.EscapeDataString(options.NameRegex));
            if (options?.Status != null) q.Add("status=" + Uri.EscapeDataString(options.Status.ToUpperInvariant()));
            if (options?.FlavorId != null) q.Add("flavor=" + Uri.EscapeDataString(options.FlavorId));
            if (options?.ImageId != null) q.Add("image=" + Uri.EscapeDataString(options.ImageId));
            if (options?.ReservationId != null) q.Add("reservation_id=" + Uri.EscapeDataString(options.ReservationId));
            if (options?.AllProjects == true) q.Add("all_tenants=1");
            var path = "servers/detail" + (q.Count > 0 ? "?" + string.Join("&", q) : "");
            return Pager.ListAsync(_session, Service, path, "servers", OpenStackJsonContext.Default.Server, options?.PageSize, ct);
        }

        /// <summary>The server, or null if there is none with that id.</summary>
        public async Task<Server?> GetServerAsync(string id, CancellationToken ct = default)
        {
            if (!NameResolver.LooksLikeId(id)) return null;
            var r = await _session.GetOrNullAsync(Service, "servers/" + Uri.EscapeDataString(id), OpenStackJsonContext.Default.ServerResponse, ct).ConfigureAwait(false);
            return r?.Server;
        }

        /// <summary>The id of a server given by id or exact name.</summary>
        public async Task<string> ResolveServerIdAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.LooksLikeId(nameOrId) ? nameOrId : (await FindServerAsync(nameOrId, ct).ConfigureAwait(false)).Id;

        /// <summary>One server by id or exact name; a clear error when none or several match.</summary>
        public Task<Server> FindServerAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.FindAsync("server", nameOrId, GetServerAsync,
                c => ListServersAsync(new ServerListOptions { NameRegex = "^" + Regex.Escape(nameOrId) + "$" }, c), s => s.Name, s => s.Id, ct);

        public async Task<Server> CreateServerAsync(ServerCreateOptions options, CancellationToken ct = default)
        {
            if (options.Count > 1) throw new ArgumentException("Several servers are booted with CreateServerBatchAsync.");
            var body = CreateBody(options);
            var response = await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "servers", body),
                OpenStackJsonContext.Default.ServerResponse, ct).ConfigureAwait(false);
            // The create response holds only id, links and adminPass: read the server back.
            return await GetServerAsync(response.Server!.Id, ct).ConfigureAwait(false)
                   ?? throw new NotFoundException("Server " + response.Server.Id + " was created but cannot be read back.");
        }

        internal static string CreateBody(ServerCreateOptions o)
        {
            if (string.IsNullOrWhiteSpace(o.Name)) throw new ArgumentException("A server needs a name.");
            if (string.IsNullOrWhiteSpace(o.FlavorId)) throw new ArgumentException("A server needs a flavor.");
            var server = new JsonObject { ["name"] = o.Name, ["flavorRef"] = o.FlavorId };
            if (o.ImageId != null && o.BootVolumeSize == null) server["imageRef"] = o.ImageId;
            var networks = new JsonArray();
            foreach (var n in o.NetworkIds) networks.Add(new JsonObject { ["uuid"] = n });
            foreach (var p in o.PortIds) networks.Add(new JsonObject { ["port"] = p });
            // Since 2.37 "networks" is required: "auto" picks the project's network, or allocates one.
            if (o.NoNetwork && networks.Count > 0) throw new ArgumentException("A server with no network cannot also have networks or ports.");
            server["networks"] = networks.Count > 0 ? networks : JsonValue.Create(o.NoNetwork ? "none" : "auto");
            if (o.KeyName != null) server["key_name"] = o.KeyName;
            if (o.UserData != null) server["user_data"] = EncodeUserData(o.UserData);
            if (o.SecurityGroups.Count > 0)
                server["security_groups"] = new JsonArray(o.SecurityGroups.Select(g => (JsonNode)new JsonObject { ["name"] = g }).ToArray());
            if (o.AvailabilityZone != null) server["availability_zone"] = o.AvailabilityZone;
            var bdm = new JsonArray();
            if (o.BootVolumeSize.HasValue)
            {
                if (o.ImageId == null) throw new ArgumentException("Booting from a new volume needs an image to copy.");
                bdm.Add(new JsonObject
                {
                    ["boot_index"] = 0, ["uuid"] = o.ImageId, ["source_type"] = "image", ["destination_type"] = "volume",
                    ["volume_size"] = o.BootVolumeSize.Value, ["delete_on_termination"] = o.DeleteVolumeOnTermination,
                });
            }
            foreach (var m in o.BlockDeviceMappings) bdm.Add(JsonNode.Parse(JsonText.Write(m)));
            if (bdm.Count > 0) server["block_device_mapping_v2"] = bdm;
            if (o.ConfigDrive) server["config_drive"] = true;
            if (o.Metadata.Count > 0)
            {
                var md = new JsonObject();
                foreach (var kv in o.Metadata) md[kv.Key] = kv.Value;
                server["metadata"] = md;
            }
            if (o.Description != null) server["description"] = o.Description;
            // Several servers: Nova then answers with the reservation id that finds them all.
            if (o.Count > 1) { server["min_count"] = o.Count; server["max_count"] = o.Count; server["return_reservation_id"] = true; }
            return new JsonObject { ["server"] = server }.ToJsonString();
        }

        /// <summary>Base64 of the UTF-8 text, refused before sending when over Nova's 65535-byte limit.</summary>
        public static string EncodeUserData(string text)
        {
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
            if (encoded.Length > ServerCreateOptions.MaxUserDataBytes)
                throw new ArgumentException("The user data is " + encoded.Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes once base64-encoded; Nova accepts at most " +
                    ServerCreateOptions.MaxUserDataBytes.ToString("N0", CultureInfo.InvariantCulture) + ".");
            return encoded;
        }

        public async Task DeleteServerAsync(string id, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "servers/" + Uri.EscapeDataString(id)), ct).ConfigureAwait(false);
        }

        public Task StartServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "{\"os-start\":null}", ct);
        public Task StopServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "{\"os-stop\":null}", ct);
        public Task RebootServerAsync(string id, bool hard, CancellationToken ct = default) =>
            ActionAsync(id, "{\"reboot\":{\"type\":\"" + (hard ? "HARD" : "SOFT") + "\"}}", ct);
        public Task SuspendServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "{\"suspend\":null}", ct);
        public Task ResumeServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "{\"resume\":null}", ct);
        public Task LockServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "{\"lock\":null}", ct);
        public Task UnlockServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "{\"unlock\":null}", ct);

        private async Task ActionAsync(string id, string body, CancellationToken ct)
        {
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service, "servers/" + Uri.EscapeDataString(id) + "/action", body), ct).ConfigureAwait(false);
        }

        /// <summary>Polls until the server reaches a target status; fails fast on ERROR with the server's fault.</summary>
        public Task<Server?> WaitForServerAsync(string id, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => GetServerAsync(id, c), s => s.Status, s => s.Fault?.Message, "server " + id, options, ct);

        // ---- flavors ------------------------------------------------------------------------------------

        public IAsyncEnumerable<Flavor> ListFlavorsAsync(int? minDisk = null, int? minRam = null, bool allAccess = false, CancellationToken ct = default)
        {
            var q = new List<string>();
            if (minDisk.HasValue) q.Add("minDisk=" + minDisk.Value.ToString(CultureInfo.InvariantCulture));
            if (minRam.HasValue) q.Add("minRam=" + minRam.Value.ToString(CultureInfo.InvariantCulture));
            if (allAccess) q.Add("is_public=None");
            return Pager.ListAsync(_session, Service, "flavors/detail" + (q.Count > 0 ? "?" + string.Join("&", q) : ""), "flavors",
                OpenStackJsonContext.Default.Flavor, null, ct);
        }

        public async Task<Flavor?> GetFlavorAsync(string id, CancellationToken ct = default)
        {
            var r = await _session.GetOrNullAsync(Service, "flavors/" + Uri.EscapeDataString(id), OpenStackJsonContext.Default.FlavorResponse, ct).ConfigureAwait(false);
            return r?.Flavor;
        }

        public Task<Flavor> FindFlavorAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.FindAsync("flavor", nameOrId, GetFlavorAsync, c => ListFlavorsAsync(allAccess: true, ct: c), f => f.Name, f => f.Id, ct);
    }
}
