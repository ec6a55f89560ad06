using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Add-OSVolumeAttachment: attaches volumes to a server; -Wait until each volume is in-use.</summary>
    [Cmdlet(VerbsCommon.Add, "OSVolumeAttachment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VolumeAttachment))]
    public sealed class AddOSVolumeAttachmentCommand : BulkCmdlet
    {
        private string? _serverId;

        /// <summary>Server id or name.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string ServerId { get; set; } = null!;

        /// <summary>Volume ids; Volume objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] VolumeId { get; set; } = null!;

        /// <summary>e.g. /dev/vdb; the hypervisor may choose another name.</summary>
        [Parameter]
        public string? Device { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Attaching volumes";

        protected override void BeginProcessing()
        {
            var resources = new ResourceClient(ActiveSession);
            Must(ServerId, () => _serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, ServerId, ct)));
        }

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(resources.Session);
            var serverId = _serverId!;
            foreach (var volumeId in VolumeId)
                Enqueue(volumeId, "Attach volume to server " + ServerId + (Device != null ? " at " + Device : ""), volumeId, async ct =>
                {
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
