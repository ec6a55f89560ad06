using System.Collections;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolumeBackup: backs up a volume (or one of its snapshots), full or -Incremental; -Wait until available.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolumeBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VolumeBackup))]
    public sealed class NewOSVolumeBackupCommand : NewWaitingResourceCmdlet<VolumeBackup, BackupCreateOptions>
    {
        /// <summary>The volume: name, id, or a volume from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId Volume { get; set; } = null!;

        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Only the blocks changed since the volume's last backup (a full one must exist).</summary>
        [Parameter]
        public SwitchParameter Incremental { get; set; }

        /// <summary>Back up a volume that is attached (in-use): the copy is then crash-consistent only.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Back up this snapshot of the volume instead of the volume as it is now: name or id.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeSnapshotNameCompleter))] public string? Snapshot { get; set; }

        /// <summary>Where the backup driver keeps it (a directory of the POSIX driver, a Swift container...).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Container { get; set; }

        [Parameter]
        public Hashtable? Metadata { get; set; }

        protected override ResourceDescriptor<VolumeBackup> Resource => BlockStorageResources.Backups;
        protected override string[] WaitTargets => new[] { "available" };

        protected override BackupCreateOptions BuildOptions()
        {
            var o = new BackupCreateOptions { Name = Name, Description = Description, Incremental = Incremental, Force = Force, Container = Container, VolumeId = Volume.Value };
            foreach (var kv in Hashtables.ToStrings(Metadata)) o.Metadata[kv.Key] = kv.Value;
            return o;
        }

        protected override void Resolve(ResourceClient client, BackupCreateOptions o)
        {
            o.VolumeId = Run(ct => client.FindIdAsync(BlockStorageResources.Volumes, Volume.Value, ct));
            if (Snapshot != null) o.SnapshotId = Run(ct => client.FindIdAsync(BlockStorageResources.Snapshots, Snapshot, ct));
        }

        protected override string PreparationTarget => Volume.Value;
        protected override string Target(BackupCreateOptions o) => Volume.Value;
        protected override string ActionText(BackupCreateOptions o) =>
            (Incremental ? "Back up (incremental)" : "Back up") + (Snapshot != null ? " snapshot " + Snapshot + " of" : "") + " volume" + (Name != null ? " as '" + Name + "'" : "");
    }
}
