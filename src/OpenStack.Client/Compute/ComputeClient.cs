using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Compute
{
    /// <summary>What Nova has beyond its resources' shared operations: booting, server actions, console, metadata, volume attachment.</summary>
    public sealed partial class ComputeClient
    {
        private const string Service = ServiceTypes.Compute;
        private readonly OpenStackSession _session;
        private readonly ResourceClient _resources;

        public ComputeClient(OpenStackSession session)
        {
            _session = session;
            _resources = new ResourceClient(session);
        }

        private static ResourceDescriptor<Server> Servers => ComputeResources.Servers;

        /// <summary>Boots one server and reads it back (the create answer holds only its id).</summary>
        public async Task<Server> CreateServerAsync(ServerCreateOptions options, CancellationToken ct = default)
        {
            if (options.Count > 1) throw new System.ArgumentException("Several servers are booted with CreateServerBatchAsync.");
            if (options.SchedulerHints() == null) return await _resources.CreateAsync(Servers, options.ToJson(), ct).ConfigureAwait(false);
            // Hints sit beside "server", where the generic create does not put anything.
            Server created;
            using (var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, Servers.Path, CreateBody(options)), ct).ConfigureAwait(false))
                created = ResourceClient.Read(Servers, doc, "POST", Servers.Path);
            return await _resources.GetAsync(Servers, created.Id, ct).ConfigureAwait(false)
                ?? throw new NotFoundException("Server " + created.Id + " was created but cannot be read back.");
        }

        /// <summary>The request body of a boot: {"server": {...}, "os:scheduler_hints": {...}}.</summary>
        internal static string CreateBody(ServerCreateOptions o)
        {
            var body = new JsonObject { ["server"] = o.ToJson() };
            if (o.SchedulerHints() is JsonObject hints) body["os:scheduler_hints"] = hints;
            return body.ToJsonString();
        }

        public Task StartServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "os-start", null, ct);
        public Task StopServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "os-stop", null, ct);
        public Task RebootServerAsync(string id, bool hard, CancellationToken ct = default) =>
            ActionAsync(id, "reboot", new JsonObject { ["type"] = hard ? "HARD" : "SOFT" }, ct);
        public Task SuspendServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "suspend", null, ct);
        public Task ResumeServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "resume", null, ct);
        public Task LockServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "lock", null, ct);
        public Task UnlockServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "unlock", null, ct);

        private Task ActionAsync(string id, string action, JsonNode? argument, CancellationToken ct) =>
            _resources.ActionAsync(Servers, id, new JsonObject { [action] = argument }, ct: ct);

        /// <summary>The server's console log; the last <paramref name="lines"/> lines when given.</summary>
        public async Task<string> GetConsoleOutputAsync(string serverId, int? lines, CancellationToken ct = default)
        {
            var args = new JsonObject();
            if (lines.HasValue) args["length"] = lines.Value;
            var body = new JsonObject { ["os-getConsoleOutput"] = args }.ToJsonString();
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, ResourceClient.ItemPath(Servers, serverId) + "/action", body), ct)
                .ConfigureAwait(false);
            return doc?.RootElement.GetProperty("output").GetString() ?? "";
        }

        /// <summary>Attaches a volume; Nova picks the device unless <paramref name="device"/> names one.</summary>
        public Task<VolumeAttachment> AttachVolumeAsync(string serverId, string volumeId, string? device, CancellationToken ct = default)
        {
            var a = new JsonObject { ["volumeId"] = volumeId };
            if (device != null) a["device"] = device;
            return _resources.CreateAsync(ComputeResources.VolumeAttachments.Under(serverId), a, ct);
        }

        /// <summary>The newest compute microversion at which Nova still generates keypairs (2.92 made the public key required).</summary>
        public static readonly Microversion LastKeyGeneration = new Microversion(2, 91);

        /// <summary>Creates (or imports) a keypair; with no public key Nova generates the pair and the private key is in the result.</summary>
        public async Task<Keypair> CreateKeypairAsync(string name, string? publicKey, CancellationToken ct = default)
        {
            var kp = new JsonObject { ["name"] = name };
            if (publicKey != null) kp["public_key"] = publicKey.Trim();
            // Generation is gone from 2.92: a session at or past it (pinned, say) sends this one request at 2.91.
            string? version = null;
            if (publicKey == null && await _session.GetMicroversionAsync(Service, ct).ConfigureAwait(false) is Microversion have && have > LastKeyGeneration)
                version = LastKeyGeneration.ToString();
            var keypairs = ComputeResources.Keypairs;
            var body = new JsonObject { [keypairs.Singular!] = kp }.ToJsonString();
            var request = ServiceRequest.Json(HttpMethod.Post, Service, keypairs.Path, body);
            request.Microversion = version;
            using var doc = await _session.SendForDocumentAsync(request, ct).ConfigureAwait(false);
            return ResourceClient.Read(keypairs, doc, "POST", keypairs.Path);
        }
    }
}
