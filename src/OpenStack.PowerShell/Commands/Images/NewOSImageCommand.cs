using System;
using System.IO;
using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>
    /// New-OSImage: creates an image and, with -File, streams its data up with a progress bar (never whole in memory).
    /// -Wait returns it active.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Image))]
    public sealed class NewOSImageCommand : ImageCreateCmdlet
    {
        /// <summary>The image data to upload.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? File { get; set; }

        protected override void EndProcessing()
        {
            string? path = null;
            if (File != null && (path = ExistingFile(File)) == null) return;
            var options = CreateOptions();
            if (!ShouldProcess(Name, "Create image" + (path != null ? " from " + path : ""))) return;

            var resources = new ResourceClient(ActiveSession);
            var client = new ImageClient(resources.Session);
            var images = ImageResources.Images;
            Image? image = null;
            // An error after the image exists (a wait that ends in 'killed') names the image.
            Try(() => (object?)image?.Id ?? Name, () =>
            {
                if (path == null) image = Run(ct => resources.CreateAsync(images, options, ct));
                else
                {
                    var progress = new TransferProgressReporter(r => Post(() => WriteProgress(r)), "Uploading image " + Name, 0x05EE);
                    // A failed or cancelled upload takes its record with it, so the error names the file, not a queued image.
                    image = Run(async ct =>
                    {
                        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                        return await client.CreateWithDataAsync(options, stream, stream.Length, progress, ct).ConfigureAwait(false);
                    });
                    WriteProgress(new ProgressRecord(0x05EE, "Uploading image " + Name, "done") { RecordType = ProgressRecordType.Completed });
                }
                var wait = images.WaitFor("active");
                wait.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                var id = image!.Id;
                image = Wait ? Run(ct => resources.WaitAsync(images, id, wait, ct)) : Run(ct => resources.GetAsync(images, id, ct));
                WriteObject(image);
            });
        }
    }
}
