using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>A server's life after boot: snapshot, resize, rebuild, shelve, pause, rescue, and waiting for each to end.</summary>
    public sealed partial class ComputeClient
    {
        /// <summary>
        /// Snapshots the server to a new Glance image (createImage) and returns the image's id: from the body at
        /// microversion 2.45 and later, from the Location header before.
        /// </summary>
        public async Task<string> CreateServerImageAsync(string serverId, string name, IReadOnlyDictionary<string, string>? metadata, CancellationToken ct = default)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A snapshot needs a name.");
            var args = new JsonObject { ["name"] = name };
            if (metadata != null && metadata.Count > 0)
            {
                var md = new JsonObject();
                foreach (var kv in metadata) md[kv.Key] = kv.Value;
                args["metadata"] = md;
            }
            var body = new JsonObject { ["createImage"] = args }.ToJsonString();
            using var response = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service, ResourceClient.ItemPath(Servers, serverId) + "/action", body), ct)
                .ConfigureAwait(false);
            var text = response.Content == null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (text.Length > 0)
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("image_id", out var id) && id.GetString() is { Length: > 0 } imageId)
                    return imageId;
            }
            var location = response.Headers.Location?.ToString();
            if (!string.IsNullOrEmpty(location)) return location!.TrimEnd('/').Split('/').Last();
            throw new OpenStackException("Nova accepted the snapshot of server " + serverId + " but named no image to find it by.");
        }

        /// <summary>Starts a resize to the flavor (an id); the server then waits in VERIFY_RESIZE for a confirm or a revert.</summary>
        public Task ResizeServerAsync(string id, string flavorId, CancellationToken ct = default) =>
            ActionAsync(id, "resize", new JsonObject { ["flavorRef"] = flavorId }, ct);
        public Task ConfirmResizeAsync(string id, CancellationToken ct = default) => ActionAsync(id, "confirmResize", null, ct);
        public Task RevertResizeAsync(string id, CancellationToken ct = default) => ActionAsync(id, "revertResize", null, ct);

        /// <summary>Rebuilds the server from an image (an id). Nova's answer, which may hold a new admin password, is not read.</summary>
        public Task RebuildServerAsync(string id, ServerRebuildOptions options, CancellationToken ct = default) =>
            ActionAsync(id, "rebuild", options.ToJson(), ct);

        public Task PauseServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "pause", null, ct);
        public Task UnpauseServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "unpause", null, ct);
        public Task ShelveServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "shelve", null, ct);

        /// <summary>Unshelves; into the availability zone when given (microversion 2.77+), else where the scheduler chooses.</summary>
        public Task UnshelveServerAsync(string id, string? availabilityZone, CancellationToken ct = default) =>
            ActionAsync(id, "unshelve", availabilityZone == null ? null : new JsonObject { ["availability_zone"] = availabilityZone }, ct);

        /// <summary>Boots the server from a rescue image (an id, or the server's own image). The generated password in the answer is not read.</summary>
        public Task RescueServerAsync(string id, string? imageId, CancellationToken ct = default)
        {
            var args = new JsonObject();
            if (imageId != null) args["rescue_image_ref"] = imageId;
            return ActionAsync(id, "rescue", args, ct);
        }

        public Task UnrescueServerAsync(string id, CancellationToken ct = default) => ActionAsync(id, "unrescue", null, ct);

        /// <summary>
        /// The status a wait compares: Nova's status while no task runs, "STATUS (task)" while one does. A server that
        /// shows SHELVED while its offload is still running has not reached SHELVED yet; ERROR is ERROR whatever the task.
        /// </summary>
        public static string? SettledStatus(Server s) =>
            string.IsNullOrEmpty(s.TaskState) || string.Equals(s.Status, "ERROR", StringComparison.OrdinalIgnoreCase) ? s.Status : s.Status + " (" + s.TaskState + ")";

        /// <summary>Polls the server until it settles in a target status (no task running); a failure status ends it with the server's fault.</summary>
        public Task<Server?> WaitForServerAsync(string serverId, WaitOptions options, CancellationToken ct = default) =>
            _resources.PollingAsync(Servers, serverId, poll => StatusWaiter.WaitAsync(poll, SettledStatus, s => s.Fault?.Message, "server " + serverId, options, ct,
                _resources.LateReasonOf(Servers, serverId)));

        /// <summary>
        /// Waits for VERIFY_RESIZE. A resize that Nova gives up on (no host, say) puts the server back in its old status with
        /// no fault: settling there ends the wait as a failure, with the message of Nova's record of the resize.
        /// </summary>
        public async Task<Server> WaitForResizeAsync(string serverId, WaitOptions options, CancellationToken ct = default)
        {
            var ended = new[] { "ACTIVE", "SHUTOFF" };
            options.Failures = options.Failures.Concat(ended).ToArray();
            try
            {
                return (await WaitForServerAsync(serverId, options, ct).ConfigureAwait(false))!;
            }
            catch (ResourceFailedException ex) when (ended.Contains(ex.Status, StringComparer.OrdinalIgnoreCase))
            {
                var action = await LastActionAsync(serverId, "resize", ct).ConfigureAwait(false);
                var why = action == null ? "" : " Nova's record of the resize" + (action.Value.RequestId != null ? " (request " + action.Value.RequestId + ")" : "") +
                    (string.IsNullOrEmpty(action.Value.Message) ? " gives no reason" : " says: " + action.Value.Message!.Trim().TrimEnd('.')) + ".";
                throw new ResourceFailedException("The resize of server " + serverId + " ended without reaching VERIFY_RESIZE: the server is " + ex.Status +
                    " again." + why, ex.Status);
            }
        }

        /// <summary>
        /// The newest instance action of that name on the server: its request id, and Nova's words on its failure (the
        /// details of its failed event, shown from microversion 2.84; else the action's message).
        /// </summary>
        private async Task<(string? RequestId, string? Message)?> LastActionAsync(string serverId, string action, CancellationToken ct)
        {
            var path = ResourceClient.ItemPath(Servers, serverId) + "/os-instance-actions";
            string? requestId = null, message = null;
            using (var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, path), ct).ConfigureAwait(false))
            {
                if (doc == null || !doc.RootElement.TryGetProperty("instanceActions", out var list) || list.ValueKind != JsonValueKind.Array) return null;
                var found = list.EnumerateArray().FirstOrDefault(a => Text(a, "action") == action);
                if (found.ValueKind != JsonValueKind.Object) return null;
                requestId = Text(found, "request_id");
                message = Text(found, "message");
            }
            if (requestId == null) return (null, message);
            using (var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, path + "/" + Uri.EscapeDataString(requestId)), ct).ConfigureAwait(false))
            {
                if (doc != null && doc.RootElement.TryGetProperty("instanceAction", out var detail) && detail.TryGetProperty("events", out var events) &&
                    events.ValueKind == JsonValueKind.Array)
                    foreach (var e in events.EnumerateArray())
                        if (Text(e, "result") == "Error" && Text(e, "details") is { Length: > 0 } details) return (requestId, details);
            }
            return (requestId, message);
        }

        private static string? Text(JsonElement e, string key) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        /// <summary>
        /// Waits for a snapshot's image to be active. The hypervisor uploads the data before Nova clears the server's task:
        /// when the task is clear and the image still has no data on two polls in a row, no upload is coming and the wait ends
        /// as a failure rather than at the timeout. A killed or deleted image is a failure too.
        /// </summary>
        public async Task<Image.Image> WaitForServerImageAsync(string serverId, string imageId, WaitOptions options, CancellationToken ct = default)
        {
            var images = ImageResources.Images;
            var watch = Stopwatch.StartNew();
            var idle = 0;
            for (var polls = 1; ; polls++)
            {
                var image = await _resources.GetAsync(images, imageId, ct).ConfigureAwait(false)
                    ?? throw new ResourceFailedException("Image " + imageId + " of server " + serverId + " was deleted before it became active: the snapshot failed.", "deleted");
                var status = image.Status ?? "";
                options.Progress?.Invoke(status, watch.Elapsed);
                if (string.Equals(status, "active", StringComparison.OrdinalIgnoreCase)) return image;
                if (options.Failures.Contains(status, StringComparer.OrdinalIgnoreCase))
                    throw StatusWaiter.Failed("image " + imageId + " of server " + serverId, status, null);
                var server = await _resources.GetAsync(Servers, serverId, ct).ConfigureAwait(false);
                idle = server == null || string.IsNullOrEmpty(server.TaskState) ? idle + 1 : 0;
                if (idle >= 2)
                    throw new ResourceFailedException("Nova finished the snapshot of server " + serverId + " (no task is running on it) but image " + imageId +
                        " is still " + status + ": no image data was uploaded, and it will not become active.", status);
                if (watch.Elapsed >= options.Timeout)
                    throw new ServiceTimeoutException("Image " + imageId + " of server " + serverId + " did not become active within " + options.Timeout.TotalSeconds +
                        " s; last status " + (status.Length == 0 ? "(none)" : status) + ".");
                await Task.Delay(options.PauseAfter(polls, watch.Elapsed), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The body of a rebuild: the image (an id) and what else changes. Ids must already be resolved.</summary>
    public sealed class ServerRebuildOptions : ResourceOptions
    {
        public string ImageId { get; set; } = "";
        public string? Name { get; set; }
        /// <summary>Microversion 2.54+.</summary>
        public string? KeyName { get; set; }
        /// <summary>Plain text, base64-encoded here (microversion 2.57+).</summary>
        public string? UserData { get; set; }
        public bool PreserveEphemeral { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrEmpty(ImageId)) throw new ArgumentException("A rebuild needs an image.");
            if (UserData != null) ServerCreateOptions.EncodeUserData(UserData);
        }

        protected override void Write(JsonObject o)
        {
            o["imageRef"] = ImageId;
            Put(o, "name", Name);
            Put(o, "key_name", KeyName);
            if (UserData != null) o["user_data"] = ServerCreateOptions.EncodeUserData(UserData);
            if (PreserveEphemeral) o["preserve_ephemeral"] = true;
        }
    }
}
