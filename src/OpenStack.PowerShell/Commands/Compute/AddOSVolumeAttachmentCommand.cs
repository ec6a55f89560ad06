using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Add-OSVolumeAttachment: attaches volumes to a server; -Wait until each volume is in-use.</summary>
    [Cmdlet(VerbsCommon.Add, "OSVolumeAttachment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VolumeAttachment))]
    public sealed class AddOSVolumeAttachmentCommand : BulkCmdlet
    {
        private string? _serverRef, _serverId;

        /// <summary>The server: name, id, or a server from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId Server { get; set; } = null!;

        /// <summary>The volumes: names, ids, or volumes from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId", "Id")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId[] Volume { get; set; } = null!;

        /// <summary>e.g. /dev/vdb; the hypervisor may choose another name.</summary>
        [Parameter]
        public string? Device { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Attaching volumes";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(resources.Session);
            // The server is looked up once, not per volume; a server from the pipeline is looked up as it comes.
            if (_serverRef != Server.Value)
            {
                _serverId = null;
                if (!Try(Server.Value, () => _serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, Server.Value, ct)))) return;
                _serverRef = Server.Value;
            }
            var serverId = _serverId!;
            foreach (var volume in Volume)
                Enqueue(volume.Value, "Attach volume to server " + Server + (Device != null ? " at " + Device : ""), volume.Value, async ct =>
                {
                    var volumeId = await resources.ResolveIdAsync(BlockStorageResources.Volumes, volume.Value, ct).ConfigureAwait(false);
                    var attachment = await compute.AttachVolumeAsync(serverId, volumeId, Device, ct).ConfigureAwait(false);
                    if (Wait)
                    {
                        var options = BlockStorageResources.Volumes.WaitFor("in-use");
                        options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                        options.Failures = new[] { "error", "error_attaching" };
                        await resources.WaitAsync(BlockStorageResources.Volumes, volumeId, options, ct).ConfigureAwait(false);
                    }
                    return attachment;
                });
        }
    }
}
