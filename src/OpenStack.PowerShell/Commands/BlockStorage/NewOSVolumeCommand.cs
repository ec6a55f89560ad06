using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolume: an empty volume, or one made from a snapshot, another volume or an image; -Wait until available.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = EmptySet)]
    [OutputType(typeof(Volume))]
    public sealed class NewOSVolumeCommand : NewWaitingResourceCmdlet<Volume, VolumeCreateOptions>
    {
        private const string EmptySet = "Empty";
        private const string ImageSet = "Image";
        private const string SnapshotSet = "Snapshot";
        private const string VolumeSet = "Volume";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Size in GB (from a snapshot or volume: at least theirs).</summary>
        [Parameter(Mandatory = true, ParameterSetName = EmptySet, Position = 1)]
        [Parameter(ParameterSetName = ImageSet, Mandatory = true)]
        [Parameter(ParameterSetName = SnapshotSet)]
        [Parameter(ParameterSetName = VolumeSet)]
        [ValidateRange(1, int.MaxValue)]
        public int Size { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string? VolumeType { get; set; }

        [Parameter]
        public string? AvailabilityZone { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Snapshot name or id to copy.</summary>
        [Parameter(Mandatory = true, ParameterSetName = SnapshotSet)]
        public string SnapshotId { get; set; } = null!;

        /// <summary>Volume name or id to clone.</summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeSet)]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string SourceVolumeId { get; set; } = null!;

        /// <summary>Image name or id to copy onto the volume.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ImageSet)]
        public string ImageId { get; set; } = null!;

        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>Mark the volume bootable once it is available (implies waiting).</summary>
        [Parameter]
        public SwitchParameter Bootable { get; set; }

        protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes;
        protected override string[] WaitTargets => new[] { "available" };
        protected override bool Waits => Wait || Bootable;

        protected override VolumeCreateOptions BuildOptions()
        {
            var o = new VolumeCreateOptions
            {
                Name = Name, Size = Size, VolumeType = VolumeType, AvailabilityZone = AvailabilityZone, Description = Description,
                // Names here, ids once resolved: the options' own checks see the source.
                SnapshotId = SnapshotId, SourceVolumeId = SourceVolumeId, ImageId = ImageId,
            };
            Hashtables.CopyStrings(Metadata, o.Metadata);
            return o;
        }

        protected override void Resolve(ResourceClient client, VolumeCreateOptions o)
        {
            if (o.SnapshotId != null) o.SnapshotId = Run(ct => client.FindIdAsync(BlockStorageResources.Snapshots, SnapshotId, ct));
            if (o.SourceVolumeId != null) o.SourceVolumeId = Run(ct => client.FindIdAsync(BlockStorageResources.Volumes, SourceVolumeId, ct));
            if (o.ImageId != null) o.ImageId = Run(ct => client.FindIdAsync(ImageResources.Images, ImageId, ct));
        }

        protected override string PreparationTarget => Name;
        protected override string Target(VolumeCreateOptions o) => Name;
        protected override string ActionText(VolumeCreateOptions o) => "Create volume" + (Size > 0 ? " of " + Size + " GB" : "") + (VolumeType != null ? " of type " + VolumeType : "");

        protected override async Task<Volume> CompleteAsync(ResourceClient client, Volume created, CancellationToken ct)
        {
            var ready = await base.CompleteAsync(client, created, ct).ConfigureAwait(false);
            if (!Bootable) return ready;
            await new BlockStorageClient(client.Session).SetBootableAsync(created.Id, true, ct).ConfigureAwait(false);
            return await client.GetAsync(Resource, created.Id, ct).ConfigureAwait(false) ?? ready;
        }

        protected override void ProcessRecord() { }

        protected override void EndProcessing() => CreateOne();
    }
}
