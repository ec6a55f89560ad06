using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Resize-OSServer: moves servers to another flavor (resize). -Wait until VERIFY_RESIZE, where Confirm-OSServerResize
    /// keeps the new flavor and Undo-OSServerResize goes back; -AutoConfirm confirms as soon as the server gets there
    /// (-Wait then waits until ACTIVE). A resize that ends in ERROR, or that Nova gives up on, is an error with Nova's reason.
    /// </summary>
    [Cmdlet(VerbsCommon.Resize, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class ResizeOSServerCommand : ServerActionCmdlet
    {
        private string? _flavorId;

        /// <summary>The new flavor: name, id, or a Flavor.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ReferenceTo(typeof(Flavor))]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public NameOrId Flavor { get; set; } = null!;

        /// <summary>Confirm the resize once the server reaches VERIFY_RESIZE (the cmdlet waits for it even without -Wait).</summary>
        [Parameter]
        public SwitchParameter AutoConfirm { get; set; }

        protected override string ActionText => "Resize server to flavor " + Flavor + (_flavorId != null && _flavorId != Flavor.Value ? " (" + _flavorId + ")" : "") +
            (AutoConfirm ? " and confirm" : "");
        protected override string[] WaitFor => AutoConfirm ? new[] { "ACTIVE", "SHUTOFF" } : new[] { "VERIFY_RESIZE" };

        /// <summary>The flavor is looked up once, before anything is asked or sent.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            var resources = new ResourceClient(ActiveSession);
            Must(Flavor.Value, () => _flavorId = Run(ct => resources.FindIdAsync(ComputeResources.Flavors, Flavor.Value, ct)));
        }

        protected override async Task InvokeAsync(ComputeClient client, string id, CancellationToken ct)
        {
            await client.ResizeServerAsync(id, _flavorId!, ct).ConfigureAwait(false);
            if (!AutoConfirm) return;
            await client.WaitForResizeAsync(id, WaitOptionsFor(id, "VERIFY_RESIZE"), ct).ConfigureAwait(false);
            await client.ConfirmResizeAsync(id, ct).ConfigureAwait(false);
        }

        protected override async Task<Server> WaitAsync(ComputeClient client, string serverId, CancellationToken ct) =>
            AutoConfirm ? await base.WaitAsync(client, serverId, ct).ConfigureAwait(false)
                : await client.WaitForResizeAsync(serverId, WaitOptionsFor(serverId, WaitFor), ct).ConfigureAwait(false);
    }
}
