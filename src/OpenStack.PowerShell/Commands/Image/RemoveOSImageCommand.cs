using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Image
{
    /// <summary>Remove-OSImage: deletes images by id or name (asks first unless -Force).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSImageCommand : BulkCmdlet
    {
        private ImageClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string Activity => "Deleting images";

        protected override void ProcessRecord()
        {
            _client ??= new ImageClient(ActiveSession);
            var client = _client;
            foreach (var id in Id)
                Enqueue(id, "Delete image", id, async ct =>
                {
                    var image = await client.FindImageAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteImageAsync(image.Id, ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
