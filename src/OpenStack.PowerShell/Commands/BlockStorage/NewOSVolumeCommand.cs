using System;
using System.Collections;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolume: an empty volume, or one made from a snapshot, another volume or an image; -Wait until available.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = "Empty")]
    [OutputType(typeof(Volume))]
    public sealed class NewOSVolumeCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Size in GB (from a snapshot or volume: at least theirs).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Empty", Position = 1)]
        [Parameter(ParameterSetName = "Image", Mandatory = true)]
        [Parameter(ParameterSetName = "Snapshot")]
        [Parameter(ParameterSetName = "Volume")]
        [ValidateRange(1, int.MaxValue)]
        public int Size { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string? VolumeType { get; set; }

        [Parameter]
        public string? AvailabilityZone { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Snapshot name or id to copy.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Snapshot")]
        public string SnapshotId { get; set; } = null!;

        /// <summary>Volume name or id to clone.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Volume")]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string SourceVolumeId { get; set; } = null!;

        /// <summary>Image name or id to copy onto the volume.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Image")]
        public string ImageId { get; set; } = null!;

        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>Mark the volume bootable once it is available (implies waiting).</summary>
        [Parameter]
        public SwitchParameter Bootable { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override void EndProcessing()
        {
            if (!ShouldProcess(Name, "Create volume" + (Size > 0 ? " of " + Size + " GB" : "") + (VolumeType != null ? " of type " + VolumeType : ""))) return;
            var session = ActiveSession;
            var client = new BlockStorageClient(session);
            try
            {
                var volume = Run(async ct =>
                {
                    var o = new VolumeCreateOptions { Name = Name, Size = Size, VolumeType = VolumeType, AvailabilityZone = AvailabilityZone, Description = Description };
                    Hashtables.CopyStrings(Metadata, o.Metadata);
                    if (SnapshotId != null) o.SnapshotId = (await client.FindSnapshotAsync(SnapshotId, ct).ConfigureAwait(false)).Id;
                    if (SourceVolumeId != null) o.SourceVolumeId = (await client.FindVolumeAsync(SourceVolumeId, ct).ConfigureAwait(false)).Id;
                    if (ImageId != null) o.ImageId = (await new ImageClient(session).FindImageAsync(ImageId, ct).ConfigureAwait(false)).Id;
                    var created = await client.CreateVolumeAsync(o, ct).ConfigureAwait(false);
                    if (!Wait && !Bootable) return created;
                    var ready = await client.WaitForVolumeAsync(created.Id, new WaitOptions("available")
                    {
                        Timeout = TimeSpan.FromSeconds(TimeoutSec), Failures = BlockStorageClient.FailureStatuses,
                    }, ct).ConfigureAwait(false);
                    if (!Bootable) return ready!;
                    await client.SetBootableAsync(created.Id, true, ct).ConfigureAwait(false);
                    return (await client.GetVolumeAsync(created.Id, ct).ConfigureAwait(false))!;
                });
                WriteObject(volume);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is ArgumentException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, Name);
            }
        }
    }
}
