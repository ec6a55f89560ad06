using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>Wait-OSImage: waits until images uploaded, imported or snapshotted earlier are active (or another -Status); killed ends the wait.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "OSImage")]
    [OutputType(typeof(Image))]
    public sealed class WaitOSImageCommand : WaitResourceCmdlet<Image>
    {
        public WaitOSImageCommand() { TimeoutSec = 1800; }

        /// <summary>Image ids (or names); Image objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Image> Resource => ImageResources.Images;
        protected override string[] Targets => Id;
        protected override string[] ReadyStatus => new[] { "active" };
    }
}
