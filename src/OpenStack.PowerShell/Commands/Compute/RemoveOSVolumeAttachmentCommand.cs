using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSVolumeAttachment: detaches volumes from a server; -Wait until each is available again.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeAttachment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeAttachmentCommand : BulkCmdlet
    {
        /// <summary>The server: name, id, or a server from the pipeline; an attachment from the pipeline binds its ServerId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId Server { get; set; } = null!;

        /// <summary>The volumes: names, ids, or volumes from the pipeline; an attachment binds its VolumeId.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId[] Volume { get; set; } = null!;

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Detaching volumes";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var serverRef = Server.Value;
            foreach (var volume in Volume)
                Enqueue(volume.Value, "Detach volume from server " + serverRef, volume.Value, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, serverRef, ct).ConfigureAwait(false);
                    var volumeId = await resources.ResolveIdAsync(BlockStorageResources.Volumes, volume.Value, ct).ConfigureAwait(false);
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
