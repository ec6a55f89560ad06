using System;
using System.Collections;
using System.IO;
using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>What New-OSImage and Import-OSImage share: the new record's parameters, the local file check and -Wait.</summary>
    public abstract class ImageCreateCmdlet : OpenStackCmdlet
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

        /// <summary>Wait until Glance reports the image active.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 1800;

        /// <summary>The record's fields from the parameters.</summary>
        protected ImageCreateOptions CreateOptions()
        {
            var options = new ImageCreateOptions
            {
                Name = Name, DiskFormat = DiskFormat, ContainerFormat = ContainerFormat, MinDisk = MinDisk, MinRam = MinRam,
                Visibility = Visibility, Protected = Protected ? true : (bool?)null,
            };
            Hashtables.CopyStrings(Property, options.Properties);
            if (Tag != null) options.Tags.AddRange(Tag);
            return options;
        }

        /// <summary>The full path of the image file, or null after writing the error for a missing file or a folder.</summary>
        protected string? ExistingFile(string file)
        {
            var path = GetUnresolvedProviderPathFromPSPath(file);
            if (File.Exists(path)) return path;
            WriteOpenStackError(new ArgumentException(Directory.Exists(path)
                ? "'" + path + "' is a folder: give the image file in it."
                : "The image file '" + path + "' does not exist."), file);
            return null;
        }
    }
}
