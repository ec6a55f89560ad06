using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Set-OSVolumeSnapshot: name, description and metadata of snapshots.</summary>
    [Cmdlet(VerbsCommon.Set, "OSVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VolumeSnapshot))]
    public sealed class SetOSVolumeSnapshotCommand : MetadataSetCmdlet<VolumeSnapshot>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeSnapshotNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<VolumeSnapshot> Resource => BlockStorageResources.Snapshots;
        protected override string[] Targets => Id;
    }
}
