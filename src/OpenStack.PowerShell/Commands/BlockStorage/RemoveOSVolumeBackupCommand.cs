using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeBackup: deletes backups (asks first unless -Force); -Wait until gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeBackupCommand : RemoveWaitingResourceCmdlet<VolumeBackup>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("BackupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeBackupNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<VolumeBackup> Resource => BlockStorageResources.Backups;
        protected override string[] Targets => Id;
    }
}
