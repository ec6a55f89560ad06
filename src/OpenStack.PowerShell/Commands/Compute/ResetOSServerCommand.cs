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
    /// Reset-OSServer (alias Rebuild-OSServer): rebuilds servers from an image (rebuild), wiping their root disk; optionally
    /// with a new name, key or user data. -Wait until ACTIVE (or SHUTOFF, for a server that was off).
    /// </summary>
    [Alias("Rebuild-OSServer")]
    [Cmdlet(VerbsCommon.Reset, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Server))]
    public sealed class ResetOSServerCommand : ServerActionCmdlet
    {
        private readonly ServerRebuildOptions _options = new ServerRebuildOptions();

        /// <summary>The image to rebuild from: name, id, or an Image.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ReferenceTo(typeof(Client.Image.Image))]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public NameOrId Image { get; set; } = null!;

        /// <summary>A new name for the server.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The keypair to put in the rebuilt server (compute microversion 2.54+).</summary>
        [Parameter]
        [Alias("KeyPair")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(KeypairNameCompleter))] public string? KeyName { get; set; }

        /// <summary>New user data as text (compute microversion 2.57+); base64-encoded for you.</summary>
        [Parameter]
        public string? UserData { get; set; }

        /// <summary>Keep the ephemeral disk (where the hypervisor supports it).</summary>
        [Parameter]
        public SwitchParameter PreserveEphemeral { get; set; }

        /// <summary>Skip the confirmation prompt.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string ActionText => "Rebuild server from image " + Image + (_options.ImageId.Length > 0 && _options.ImageId != Image.Value ? " (" + _options.ImageId + ")" : "");
        protected override string[] WaitFor => new[] { "ACTIVE", "SHUTOFF" };
        protected override bool SkipConfirmation => Force;

        /// <summary>The image is looked up, and the options checked, once, before anything is asked or sent.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _options.Name = Name;
            _options.KeyName = KeyName;
            _options.UserData = UserData;
            _options.PreserveEphemeral = PreserveEphemeral;
            var resources = new ResourceClient(ActiveSession);
            Must(Image.Value, () => _options.ImageId = Run(ct => resources.FindIdAsync(ImageResources.Images, Image.Value, ct)));
            Must(Image.Value, () => _options.Check());
        }

        protected override Task InvokeAsync(ComputeClient client, string id, CancellationToken ct) => client.RebuildServerAsync(id, _options, ct);
    }
}
