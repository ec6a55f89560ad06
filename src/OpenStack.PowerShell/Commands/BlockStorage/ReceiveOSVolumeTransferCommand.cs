using System.Management.Automation;
using System.Security;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// Receive-OSVolumeTransfer: accepts a transfer into the connected project with its id and key, and writes the volume
    /// it brought. The receiving project cannot list the transfer: its id comes from the giver, as the key does.
    /// </summary>
    [Cmdlet(VerbsCommunications.Receive, "OSVolumeTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Client.BlockStorage.Volume))]
    public sealed class ReceiveOSVolumeTransferCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = null!;

        /// <summary>The transfer's key (New-OSVolumeTransfer's AuthKey): a SecureString, or a transfer object's AuthKey by property name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public SecureString AuthKey { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            if (!ShouldProcess(Id, "Accept volume transfer into project " + (session.ProjectName ?? session.ProjectId))) return;
            Try(Id, () => WriteObject(Run(async ct =>
            {
                var volumeId = await new BlockStorageClient(session).AcceptTransferAsync(Id, AuthKey, ct).ConfigureAwait(false);
                return await new ResourceClient(session).GetAsync(BlockStorageResources.Volumes, volumeId, ct).ConfigureAwait(false);
            })));
        }
    }
}
