using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolume: deletes volumes (asks first unless -Force); -Cascade takes their snapshots too; -Wait until gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeCommand : BulkCmdlet
    {
        private BlockStorageClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Delete the volume's snapshots too.</summary>
        [Parameter]
        public SwitchParameter Cascade { get; set; }

        /// <summary>Delete without asking (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Delete whatever the volume's status (admin; os-force_delete).</summary>
        [Parameter]
        public SwitchParameter ForceDelete { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Deleting volumes";

        protected override void ProcessRecord()
        {
            _client ??= new BlockStorageClient(ActiveSession);
            var client = _client;
            foreach (var id in Id)
                Enqueue(id, "Delete volume" + (Cascade ? " and its snapshots" : ""), id, async ct =>
                {
                    var volume = await client.FindVolumeAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteVolumeAsync(volume.Id, Cascade, ForceDelete, ct).ConfigureAwait(false);
                    if (Wait)
                        await client.WaitForVolumeAsync(volume.Id, new WaitOptions() { GoneIsSuccess = true, Timeout = TimeSpan.FromSeconds(TimeoutSec), Failures = new[] { "error_deleting" } }, ct)
                            .ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
