using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;

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
            var client = new ComputeClient(ActiveSession);
            try
            {
                var server = Run(async ct =>
                {
                    var id = await client.ResolveServerIdAsync(Id, ct).ConfigureAwait(false);
                    return await client.UpdateServerAsync(id, NewName, null, ct).ConfigureAwait(false);
                });
                if (PassThru) WriteObject(server);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, Id);
            }
        }
    }
}
