using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSVolumeAttachment: detaches volumes from a server; -Wait until each is available again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeAttachment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeAttachmentCommand : BulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string ServerId { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] VolumeId { get; set; } = null!;

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Detaching volumes";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var serverRef = ServerId;
            foreach (var volumeId in VolumeId)
                Enqueue(volumeId, "Detach volume from server " + serverRef, volumeId, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, serverRef, ct).ConfigureAwait(false);
                    await resources.DeleteAsync(ComputeResources.VolumeAttachments.Under(serverId), volumeId, null, ct).ConfigureAwait(false);
                    if (Wait)
                    {
                        var options = BlockStorageResources.Volumes.WaitFor("available");
                        options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                        options.Failures = new[] { "error", "error_detaching" };
                        await resources.WaitAsync(BlockStorageResources.Volumes, volumeId, options, ct).ConfigureAwait(false);
                    }
                    return null;
                });
        }
    }
}
