using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeType (admin): deletes volume types no volume uses (asks first unless -Force).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeType", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeTypeCommand : RemoveResourceCmdlet<VolumeType>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeTypeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<VolumeType> Resource => BlockStorageResources.VolumeTypes;
        protected override string[] Targets => Id;
    }
}
