using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Enter-OSServerRescue: boots servers from a rescue image, their own disk attached (rescue); -Wait until RESCUE.
    /// The password Nova may generate for the rescue boot is neither read nor shown.
    /// </summary>
    [Cmdlet(VerbsCommon.Enter, "OSServerRescue", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class EnterOSServerRescueCommand : ServerActionCmdlet
    {
        private string? _imageId;

        /// <summary>The image to boot from: name, id, or an Image; without it, the server's own image (or the cloud's rescue image).</summary>
        [Parameter(Position = 1)]
        [ReferenceTo(typeof(Client.Image.Image))]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public NameOrId? Image { get; set; }

        protected override string ActionText => "Rescue server" + (Image != null ? " with image " + Image + (_imageId != null && _imageId != Image.Value ? " (" + _imageId + ")" : "") : "");
        protected override string[] WaitFor => new[] { "RESCUE" };

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Image == null) return;
            var resources = new ResourceClient(ActiveSession);
            Must(Image.Value, () => _imageId = Run(ct => resources.FindIdAsync(ImageResources.Images, Image.Value, ct)));
        }

        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.RescueServerAsync(id, _imageId, ct);
    }
}
