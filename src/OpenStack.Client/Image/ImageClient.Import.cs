using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Image
{
    /// <summary>
    /// Glance's interoperable import: the data staged (glance-direct) or fetched by Glance from a URL (web-download),
    /// then imported by a task of Glance's own, which the wait follows.
    /// </summary>
    public sealed partial class ImageClient
    {
        public const string GlanceDirect = "glance-direct", WebDownload = "web-download";
        /// <summary>The status a wait reports for an import Glance gave up on (the image itself goes back to queued or uploading).</summary>
        public const string ImportFailed = "import-failed";

        /// <summary>The import methods the cloud enables (GET /v2/info/import).</summary>
        public async Task<IReadOnlyList<string>> ImportMethodsAsync(CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, "info/import"), ct).ConfigureAwait(false);
            if (doc != null && doc.RootElement.TryGetProperty("import-methods", out var m) && m.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Array)
                return v.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList();
            return Array.Empty<string>();
        }

        /// <summary>
        /// Creates the image record and hands Glance its data by <paramref name="method"/>: glance-direct stages
        /// <paramref name="data"/> (streamed, never whole in memory), web-download gives Glance <paramref name="uri"/>.
        /// Refused before anything is created when the cloud does not enable the method. A failure before Glance accepted
        /// the import deletes the record this call made.
        /// </summary>
        public async Task<Image> CreateAndImportAsync(ImageCreateOptions options, string method, Stream? data, long? length, Uri? uri,
            IProgress<TransferProgress>? progress, CancellationToken ct = default)
        {
            var enabled = await ImportMethodsAsync(ct).ConfigureAwait(false);
            if (!enabled.Contains(method, StringComparer.Ordinal))
                throw new NotSupportedException("This cloud's Glance does not enable the " + method + " import method (it enables: " +
                    (enabled.Count == 0 ? "none" : string.Join(", ", enabled)) + ")." + (method == GlanceDirect ? " New-OSImage -File uploads the data directly." : ""));
            var resources = new ResourceClient(_session);
            var image = await resources.CreateAsync(ImageResources.Images, options, ct).ConfigureAwait(false);
            try
            {
                if (method == GlanceDirect)
                {
                    var content = new ProgressStreamContent(data ?? throw new ArgumentNullException(nameof(data)), length, progress);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    var stage = new ServiceRequest(HttpMethod.Put, Service, ResourceClient.ItemPath(ImageResources.Images, image.Id) + "/stage")
                    { Content = content, NotReplayable = true };
                    using var _ = await _session.SendAsync(stage, ct).ConfigureAwait(false);
                }
                var body = new JsonObject { ["method"] = new JsonObject { ["name"] = method } };
                if (uri != null) body["method"]!["uri"] = uri.AbsoluteUri;
                var import = ServiceRequest.Json(HttpMethod.Post, Service, ResourceClient.ItemPath(ImageResources.Images, image.Id) + "/import", body.ToJsonString());
                using var __ = await _session.SendAsync(import, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException || ex is IOException)
            {
                await RemoveUnfinishedAsync(resources, image).ConfigureAwait(false);
                throw;
            }
            return image;
        }

        /// <summary>
        /// Waits until an imported image is active. An import Glance gave up on leaves the image queued (or uploading) with
        /// its store in os_glance_failed_import: that ends the wait with the message of Glance's import task.
        /// </summary>
        public async Task<Image> WaitForImportAsync(string imageId, WaitOptions options, CancellationToken ct = default)
        {
            var resources = new ResourceClient(_session);
            var images = ImageResources.Images;
            try
            {
                return (await StatusWaiter.WaitAsync(c => resources.GetAsync(images, imageId, c), StatusOf, _ => null, "image " + imageId, options, ct)
                    .ConfigureAwait(false))!;
            }
            catch (ResourceFailedException failed) when (failed.Status == ImportFailed)
            {
                var reason = await LastTaskMessageAsync(imageId, ct).ConfigureAwait(false);
                throw new ResourceFailedException("Glance could not import image " + imageId + (reason == null ? "." : ": " + reason.TrimEnd('.') + "."), ImportFailed);
            }
        }

        /// <summary>The wait's failure statuses for an import: Glance's own, and an import it gave up on.</summary>
        public static string[] ImportFailures => WaitOptions.DefaultFailures.Concat(new[] { ImportFailed, "deleted" }).ToArray();

        private static string? StatusOf(Image image)
        {
            var p = image.Properties;
            var failed = p.TryGetValue("os_glance_failed_import", out var f) && !string.IsNullOrEmpty(f);
            var importing = p.TryGetValue("os_glance_importing_to_stores", out var i) && !string.IsNullOrEmpty(i);
            return failed && !importing && !string.Equals(image.Status, "active", StringComparison.OrdinalIgnoreCase) ? ImportFailed : image.Status;
        }

        /// <summary>The message of the image's newest task (GET /v2/images/{id}/tasks, Glance 2.12), or null.</summary>
        private async Task<string?> LastTaskMessageAsync(string imageId, CancellationToken ct)
        {
            try
            {
                using var doc = await _session.SendForDocumentAsync(
                    new ServiceRequest(HttpMethod.Get, Service, ResourceClient.ItemPath(ImageResources.Images, imageId) + "/tasks"), ct).ConfigureAwait(false);
                if (doc == null || !doc.RootElement.TryGetProperty("tasks", out var tasks) || tasks.ValueKind != JsonValueKind.Array) return null;
                return tasks.EnumerateArray()
                    .OrderByDescending(t => t.TryGetProperty("updated_at", out var u) ? u.GetString() : "", StringComparer.Ordinal)
                    .Select(t => t.TryGetProperty("message", out var m) ? m.GetString() : null)
                    .FirstOrDefault(m => !string.IsNullOrWhiteSpace(m));
            }
            catch (OpenStackException) { return null; }
        }
    }
}
