using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Waiting;
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
            var session = ActiveSession;
            var compute = new ComputeClient(session);
            var volumes = new BlockStorageClient(session);
            var serverRef = ServerId;
            foreach (var volumeId in VolumeId)
                Enqueue(volumeId, "Detach volume from server " + serverRef, volumeId, async ct =>
                {
                    var serverId = await compute.ResolveServerIdAsync(serverRef, ct).ConfigureAwait(false);
                    await compute.DetachVolumeAsync(serverId, volumeId, ct).ConfigureAwait(false);
                    if (Wait)
                        await volumes.WaitForVolumeAsync(volumeId, new WaitOptions("available")
                        {
                            Timeout = TimeSpan.FromSeconds(TimeoutSec),
                            Failures = new[] { "error", "error_detaching" },
                        }, ct).ConfigureAwait(false);
                    return null;
                });
        }
    }
}
