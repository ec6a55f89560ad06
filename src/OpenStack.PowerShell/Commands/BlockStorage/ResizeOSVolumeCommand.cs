using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Resize-OSVolume: grows volumes to a new size (Cinder cannot shrink); -Wait until done.</summary>
    [Cmdlet(VerbsCommon.Resize, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Volume))]
    public sealed class ResizeOSVolumeCommand : BulkCmdlet
    {
        private ResourceClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>The new size in GB.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateRange(1, int.MaxValue)]
        public int Size { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Extending volumes";

        protected override void ProcessRecord()
        {
            var client = _client ??= new ResourceClient(ActiveSession);
            var volumes = BlockStorageResources.Volumes;
            foreach (var id in Id)
                Enqueue(id, "Extend volume to " + Size + " GB", id, async ct =>
                {
                    var volume = await client.FindAsync(volumes, id, ct).ConfigureAwait(false);
                    if (Size <= volume.Size)
                        throw new ArgumentException("Volume " + volume + " is " + volume.Size + " GB; Cinder can only grow a volume, so give more than that (got " + Size + ").");
                    var ready = volume.Status ?? "available";
                    await new BlockStorageClient(client.Session).ExtendVolumeAsync(volume.Id, Size, ct).ConfigureAwait(false);
                    if (Wait)
                    {
                        // The volume goes back to the status it had (available, or in-use when extended online).
                        var options = volumes.WaitFor("available", "in-use");
                        options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                        var done = await client.WaitAsync(volumes, volume.Id, options, ct).ConfigureAwait(false);
                        while (done != null && done.Size < Size && done.Status == ready)
                        {
                            await System.Threading.Tasks.Task.Delay(1000, ct).ConfigureAwait(false);
                            done = await client.WaitAsync(volumes, volume.Id, options, ct).ConfigureAwait(false);
                        }
                        return PassThru ? done : null;
                    }
                    return PassThru ? await client.GetAsync(volumes, volume.Id, ct).ConfigureAwait(false) : null;
                });
        }
    }
}
