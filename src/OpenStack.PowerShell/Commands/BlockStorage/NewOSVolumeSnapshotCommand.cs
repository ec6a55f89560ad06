using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolumeSnapshot: snapshots a volume (-Force while it is in use); -Wait until available.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VolumeSnapshot))]
    public sealed class NewOSVolumeSnapshotCommand : NewWaitingResourceCmdlet<VolumeSnapshot, SnapshotCreateOptions>
    {
        /// <summary>The volume: name, id, or a volume from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId", "Id")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId Volume { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Snapshot a volume that is attached (in-use): without it such a volume is refused, since the copy is crash-consistent only.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override ResourceDescriptor<VolumeSnapshot> Resource => BlockStorageResources.Snapshots;
        protected override string[] WaitTargets => new[] { "available" };
        protected override SnapshotCreateOptions BuildOptions() => new SnapshotCreateOptions { Name = Name, Description = Description, Force = Force };
        /// <summary>The volume is read, not only its id: an attached one without -Force is refused before anything is sent.</summary>
        protected override void Resolve(ResourceClient client, SnapshotCreateOptions o)
        {
            var volume = Run(ct => client.FindAsync(BlockStorageResources.Volumes, Volume.Value, ct));
            o.VolumeId = volume.Id;
            o.CheckVolume(volume);
        }
        protected override string PreparationTarget => Volume.Value;
        protected override string Target(SnapshotCreateOptions o) => Volume.Value;
        protected override string ActionText(SnapshotCreateOptions o) => "Snapshot volume as '" + Name + "'";
    }
}
