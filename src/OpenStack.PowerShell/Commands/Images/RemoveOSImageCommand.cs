using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>Remove-OSImage: deletes images by id or name (asks first unless -Force).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSImageCommand : RemoveResourceCmdlet<Image>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Image> Resource => ImageResources.Images;
        protected override string[] Targets => Id;
    }
}
