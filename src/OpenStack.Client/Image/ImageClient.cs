using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Paging;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Image
{
    /// <summary>Filters Glance applies itself.</summary>
    public sealed class ImageListOptions
    {
        public string? Name { get; set; }
        public string? Visibility { get; set; }
        public string? Status { get; set; }
        public string? Tag { get; set; }
        public int? PageSize { get; set; }
    }

    /// <summary>Glance v2: image records, streamed upload and verified download.</summary>
    public sealed partial class ImageClient
    {
        private const string Service = ServiceTypes.Image;
        private readonly OpenStackSession _session;

        public ImageClient(OpenStackSession session) { _session = session; }

        public IAsyncEnumerable<Image> ListImagesAsync(ImageListOptions? options = null, CancellationToken ct = default)
        {
            var q = new List<string>();
            if (options?.Name != null) q.Add("name=" + Uri.EscapeDataString(options.Name));
            if (options?.Visibility != null) q.Add("visibility=" + Uri.EscapeDataString(options.Visibility));
            if (options?.Status != null) q.Add("status=" + Uri.EscapeDataString(options.Status));
            if (options?.Tag != null) q.Add("tag=" + Uri.EscapeDataString(options.Tag));
            return Pager.ListAsync(_session, Service, "images" + (q.Count > 0 ? "?" + string.Join("&", q) : ""), "images",
                OpenStackJsonContext.Default.Image, options?.PageSize, ct);
        }

        public Task<Image?> GetImageAsync(string id, CancellationToken ct = default) =>
            NameResolver.LooksLikeId(id)
                ? _session.GetOrNullAsync(Service, "images/" + Uri.EscapeDataString(id), OpenStackJsonContext.Default.Image, ct)
                : Task.FromResult<Image?>(null);

        public Task<Image> FindImageAsync(string nameOrId, CancellationToken ct = default) =>
            NameResolver.FindAsync("image", nameOrId, GetImageAsync, c => ListImagesAsync(new ImageListOptions { Name = nameOrId }, c), i => i.Name, i => i.Id, ct);

        /// <summary>Creates the record (status queued); upload the data with <see cref="UploadAsync"/>.</summary>
        public Task<Image> CreateImageAsync(ImageCreateOptions o, CancellationToken ct = default)
        {
            if (string.IsNullOrWhiteSpace(o.Name)) throw new ArgumentException("An image needs a name.");
            var body = new JsonObject { ["name"] = o.Name, ["disk_format"] = o.DiskFormat, ["container_format"] = o.ContainerFormat };
            if (o.MinDisk.HasValue) body["min_disk"] = o.MinDisk.Value;
            if (o.MinRam.HasValue) body["min_ram"] = o.MinRam.Value;
            if (o.Visibility != null) body["visibility"] = o.Visibility;
            if (o.Protected.HasValue) body["protected"] = o.Protected.Value;
            if (o.Tags.Count > 0) body["tags"] = new JsonArray(o.Tags.ConvertAll(t => (JsonNode?)JsonValue.Create(t)).ToArray());
            foreach (var kv in o.Properties) body[kv.Key] = kv.Value;
            return _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "images", body.ToJsonString()), OpenStackJsonContext.Default.Image, ct);
        }

        /// <summary>Streams the data to Glance (never whole in memory), reporting progress. Never retried: a stream goes once.</summary>
        public async Task UploadAsync(string imageId, Stream data, long? length, IProgress<TransferProgress>? progress, CancellationToken ct = default)
        {
            var content = new ProgressStreamContent(data, length, progress);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var request = new ServiceRequest(HttpMethod.Put, Service, "images/" + Uri.EscapeDataString(imageId) + "/file") { Content = content, NotReplayable = true };
            using var _ = await _session.SendAsync(request, ct).ConfigureAwait(false);
        }

        /// <summary>Changes an image with JSON-patch operations (op, path, value).</summary>
        public Task<Image> PatchImageAsync(string imageId, JsonArray operations, CancellationToken ct = default) =>
            _session.SendJsonAsync(ServiceRequest.Json(new HttpMethod("PATCH"), Service, "images/" + Uri.EscapeDataString(imageId), operations.ToJsonString(),
                "application/openstack-images-v2.1-json-patch"), OpenStackJsonContext.Default.Image, ct);

        public async Task DeleteImageAsync(string imageId, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, "images/" + Uri.EscapeDataString(imageId)), ct).ConfigureAwait(false);
        }

        /// <summary>Polls until active (or another target); killed ends the wait with an error.</summary>
        public Task<Image?> WaitForImageAsync(string imageId, WaitOptions options, CancellationToken ct = default) =>
            StatusWaiter.WaitAsync(c => GetImageAsync(imageId, c), i => i.Status, i => null, "image " + imageId, options, ct);
    }
}
