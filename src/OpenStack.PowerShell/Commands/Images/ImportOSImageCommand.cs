using System;
using System.IO;
using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>
    /// Import-OSImage: creates an image and has Glance import its data with the interoperable import: -File stages the
    /// file (glance-direct, streamed with a progress bar), -Uri has Glance download it (web-download). -Wait follows
    /// Glance's import until the image is active, or ends with the reason of an import Glance gave up on.
    /// </summary>
    [Cmdlet(VerbsData.Import, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = FileSet)]
    [OutputType(typeof(Image))]
    public sealed class ImportOSImageCommand : ImageCreateCmdlet
    {
        private const string FileSet = "File", UriSet = "Uri";

        /// <summary>The image data, staged in Glance and then imported (glance-direct).</summary>
        [Parameter(Mandatory = true, ParameterSetName = FileSet)]
        [ValidateNotNullOrEmpty]
        public string File { get; set; } = null!;

        /// <summary>An http(s) URL Glance downloads the data from itself (web-download).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UriSet)]
        [ValidateNotNull]
        public Uri Uri { get; set; } = null!;

        protected override void EndProcessing()
        {
            string? path = null;
            if (ParameterSetName == FileSet && (path = ExistingFile(File)) == null) return;
            if (ParameterSetName == UriSet && (!Uri.IsAbsoluteUri || (Uri.Scheme != "http" && Uri.Scheme != "https")))
            {
                WriteOpenStackError(new ArgumentException("Glance downloads images from http or https URLs only, not '" + Uri + "'."), Uri);
                return;
            }
            var options = CreateOptions();
            var method = path != null ? ImageClient.GlanceDirect : ImageClient.WebDownload;
            if (!ShouldProcess(Name, "Import image from " + (path ?? Uri.AbsoluteUri) + " (" + method + ")")) return;

            var resources = new ResourceClient(ActiveSession);
            var client = new ImageClient(resources.Session);
            Image? image = null;
            Try(() => (object?)image?.Id ?? Name, () =>
            {
                if (path == null) image = Run(ct => client.CreateAndImportAsync(options, method, null, null, Uri, null, ct));
                else
                {
                    var activity = "Staging image " + Name;
                    var progress = new TransferProgressReporter(r => Post(() => WriteProgress(r)), activity, 0x05EF);
                    // A failed or cancelled staging takes its record with it, so the error names the file, not a queued image.
                    image = Run(async ct =>
                    {
                        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                        return await client.CreateAndImportAsync(options, method, stream, stream.Length, null, progress, ct).ConfigureAwait(false);
                    });
                    WriteProgress(new ProgressRecord(0x05EF, activity, "done") { RecordType = ProgressRecordType.Completed });
                }
                var id = image!.Id;
                if (Wait)
                {
                    var wait = ImageResources.Images.WaitFor("active");
                    wait.Failures = ImageClient.ImportFailures;
                    wait.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                    ReportWaitProgress(wait, "Importing image " + Name, "Image " + Name + " (" + id + ")");
                    image = Run(ct => client.WaitForImportAsync(id, wait, ct));
                    WriteProgress(new ProgressRecord(0x05F0, "Importing image " + Name, "done") { RecordType = ProgressRecordType.Completed });
                }
                else image = Run(ct => resources.GetAsync(ImageResources.Images, id, ct));
                WriteObject(image);
            });
        }
    }
}
