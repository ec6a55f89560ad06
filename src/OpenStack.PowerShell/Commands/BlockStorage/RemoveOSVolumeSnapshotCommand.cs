using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeSnapshot: deletes snapshots (asks first unless -Force); -Wait until gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeSnapshotCommand : RemoveWaitingResourceCmdlet<VolumeSnapshot>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeSnapshotNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<VolumeSnapshot> Resource => BlockStorageResources.Snapshots;
        protected override string[] Targets => Id;
    }
}
