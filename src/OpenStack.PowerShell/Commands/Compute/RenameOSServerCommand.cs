using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Rename-OSServer: gives a server a new name.</summary>
    [Cmdlet(VerbsCommon.Rename, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Server))]
    public sealed class RenameOSServerCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string NewName { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess(Id, "Rename server to '" + NewName + "'")) return;
            var resources = new ResourceClient(ActiveSession);
            Try(Id, () =>
            {
                var server = Run(async ct =>
                {
                    var id = await resources.ResolveIdAsync(ComputeResources.Servers, Id, ct).ConfigureAwait(false);
                    return await resources.UpdateAsync(ComputeResources.Servers, id, new JsonObject { ["name"] = NewName }, ct).ConfigureAwait(false);
                });
                if (PassThru) WriteObject(server);
            });
        }
    }
}
