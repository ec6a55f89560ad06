using System;
using System.IO;
using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>
    /// Save-OSImage: downloads image data to a file, streamed, with a progress bar. The data goes to a temporary
    /// file beside the target, is checked against Glance's checksum, and only then takes the target's name.
    /// </summary>
    [Cmdlet(VerbsData.Save, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveOSImageCommand : OpenStackCmdlet
    {
        /// <summary>Image id or name; Image objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        /// <summary>Replace an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var target = GetUnresolvedProviderPathFromPSPath(Path);
            if (Directory.Exists(target))
            {
                WriteOpenStackError(new ArgumentException("'" + target + "' is a folder; give the file to write."), Path);
                return;
            }
            if (!ShouldProcess(target, "Save image " + Id)) return;
            var resources = new ResourceClient(ActiveSession);
            var client = new ImageClient(resources.Session);
            Try(Id, () =>
            {
                var image = Run(ct => resources.FindAsync(ImageResources.Images, Id, ct));
                var progress = new TransferProgressReporter(r => Post(() => WriteProgress(r)), "Downloading image " + image, 0x05EF);
                var verified = Run(ct => client.DownloadAsync(image, target, Force, progress, ct));
                WriteProgress(new ProgressRecord(0x05EF, "Downloading image " + image, "done") { RecordType = ProgressRecordType.Completed });
                WriteVerbose("Verified " + verified.Algorithm + " " + verified.Value + " for " + target);
                WriteObject(new FileInfo(target));
            });
        }
    }
}
