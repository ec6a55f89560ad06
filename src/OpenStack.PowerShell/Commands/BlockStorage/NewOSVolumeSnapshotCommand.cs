using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Core;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolumeSnapshot: snapshots a volume (-Force while it is in use); -Wait until available.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VolumeSnapshot))]
    public sealed class NewOSVolumeSnapshotCommand : OpenStackCmdlet
    {
        /// <summary>Volume name or id; Volume objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string VolumeId { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Snapshot a volume that is attached (in-use).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override void ProcessRecord()
        {
            if (!ShouldProcess(VolumeId, "Snapshot volume as '" + Name + "'")) return;
            var client = new BlockStorageClient(ActiveSession);
            try
            {
                WriteObject(Run(async ct =>
                {
                    var volume = await client.FindVolumeAsync(VolumeId, ct).ConfigureAwait(false);
                    var snapshot = await client.CreateSnapshotAsync(volume.Id, Name, Description, Force, ct).ConfigureAwait(false);
                    if (!Wait) return snapshot;
                    return (await client.WaitForSnapshotAsync(snapshot.Id, new WaitOptions("available")
                    {
                        Timeout = TimeSpan.FromSeconds(TimeoutSec), Failures = BlockStorageClient.FailureStatuses,
                    }, ct).ConfigureAwait(false))!;
                }));
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, VolumeId);
            }
        }
    }
}
