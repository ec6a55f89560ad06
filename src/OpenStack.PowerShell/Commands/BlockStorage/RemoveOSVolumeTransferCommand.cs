using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeTransfer: withdraws transfer offers (asks first unless -Force); the volumes stay where they are.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeTransferCommand : RemoveResourceCmdlet<VolumeTransfer>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTransferNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<VolumeTransfer> Resource => BlockStorageResources.Transfers;
        protected override string[] Targets => Id;
        protected override string ActionText => "Withdraw volume transfer";
    }
}
