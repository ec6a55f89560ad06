using System;
using System.Collections;
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
    public sealed class NewOSImageCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter]
        [ValidateSet("qcow2", "raw", "vmdk", "vdi", "iso", "vhd", "vhdx", "ami", "ari", "aki", "ploop")]
        public string DiskFormat { get; set; } = "qcow2";

        [Parameter]
        [ValidateSet("bare", "ovf", "ova", "ami", "ari", "aki", "docker", "compressed")]
        public string ContainerFormat { get; set; } = "bare";

        /// <summary>Smallest root disk (GB) a server needs to boot it.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? MinDisk { get; set; }

        /// <summary>Smallest memory (MiB) a server needs to boot it.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? MinRam { get; set; }

        [Parameter]
        [ValidateSet("public", "private", "shared", "community")]
        public string? Visibility { get; set; }

        [Parameter]
        public SwitchParameter Protected { get; set; }

        /// <summary>Custom properties, e.g. @{ os_distro = 'ubuntu'; hw_disk_bus = 'scsi' }.</summary>
        [Parameter]
        public Hashtable? Property { get; set; }

        [Parameter]
        public string[]? Tag { get; set; }

        /// <summary>The image data to upload.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? File { get; set; }

        /// <summary>Wait until Glance reports the image active.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 1800;

        protected override void EndProcessing()
        {
            string? path = null;
            if (File != null)
            {
                path = GetUnresolvedProviderPathFromPSPath(File);
                if (!System.IO.File.Exists(path))
                {
                    WriteOpenStackError(new ArgumentException(Directory.Exists(path)
                        ? "'" + path + "' is a folder: give the image file in it."
                        : "The image file '" + path + "' does not exist."), File);
                    return;
                }
            }
            var options = new ImageCreateOptions
            {
                Name = Name, DiskFormat = DiskFormat, ContainerFormat = ContainerFormat, MinDisk = MinDisk, MinRam = MinRam,
                Visibility = Visibility, Protected = Protected ? true : (bool?)null,
            };
            Hashtables.CopyStrings(Property, options.Properties);
            if (Tag != null) options.Tags.AddRange(Tag);
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
