using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Image
{
    /// <summary>What Glance has beyond its images' shared operations: the image data, streamed up and verified on the way down.</summary>
    public sealed partial class ImageClient
    {
        private const string Service = ServiceTypes.Image;
        private readonly OpenStackSession _session;

        public ImageClient(OpenStackSession session) { _session = session; }

        /// <summary>
        /// Creates the image record and streams its data. When the upload fails or is cancelled, the record this call
        /// made (which would stay "queued" for good) is deleted before the error is passed on.
        /// </summary>
        public async Task<Image> CreateWithDataAsync(ImageCreateOptions options, Stream data, long? length, IProgress<TransferProgress>? progress,
            CancellationToken ct = default)
        {
            var resources = new ResourceClient(_session);
            var image = await resources.CreateAsync(ImageResources.Images, options, ct).ConfigureAwait(false);
            try
            {
                await UploadAsync(image.Id, data, length, progress, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException || ex is IOException)
            {
                await RemoveUnfinishedAsync(resources, image).ConfigureAwait(false);
                throw;
            }
            return image;
        }

        /// <summary>Best effort, with a time limit of its own: the caller's may already be cancelled.</summary>
        private static async Task RemoveUnfinishedAsync(ResourceClient resources, Image image)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await resources.DeleteAsync(ImageResources.Images, image.Id, null, limit.Token).ConfigureAwait(false);
                Http.HttpTrace.Write(Http.TraceLevel.Verbose, "The upload failed: image " + image.Id + " (" + image.Name + "), created for it, was deleted.");
            }
            catch (Exception e) when (e is OpenStackException || e is OperationCanceledException)
            {
                Http.HttpTrace.Write(Http.TraceLevel.Verbose, "The upload failed and image " + image.Id + " could not be deleted (" + e.Message + "): Remove-OSImage " + image.Id);
            }
        }

        /// <summary>Streams the data to Glance (never whole in memory), reporting progress. Never retried: a stream goes once.</summary>
        public async Task UploadAsync(string imageId, Stream data, long? length, IProgress<TransferProgress>? progress, CancellationToken ct = default)
        {
            var content = new ProgressStreamContent(data, length, progress);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var request = new ServiceRequest(HttpMethod.Put, Service, ResourceClient.ItemPath(ImageResources.Images, imageId) + "/file") { Content = content, NotReplayable = true };
            using var _ = await _session.SendAsync(request, ct).ConfigureAwait(false);
        }
    }
}
