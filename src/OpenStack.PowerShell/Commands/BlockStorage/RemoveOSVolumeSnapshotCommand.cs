using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Waiting;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeSnapshot: deletes snapshots (asks first unless -Force); -Wait until gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeSnapshotCommand : BulkCmdlet
    {
        private BlockStorageClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Deleting snapshots";

        protected override void ProcessRecord()
        {
            _client ??= new BlockStorageClient(ActiveSession);
            var client = _client;
            foreach (var id in Id)
                Enqueue(id, "Delete snapshot", id, async ct =>
                {
                    var snapshot = await client.FindSnapshotAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteSnapshotAsync(snapshot.Id, ct).ConfigureAwait(false);
                    if (Wait)
                        await client.WaitForSnapshotAsync(snapshot.Id, new WaitOptions() { GoneIsSuccess = true, Timeout = TimeSpan.FromSeconds(TimeoutSec), Failures = new[] { "error_deleting" } }, ct)
                            .ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
