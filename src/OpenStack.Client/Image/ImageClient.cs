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
