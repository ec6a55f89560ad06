using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// Restore-OSVolumeBackup: restores a backup to a new volume (-Name), or onto an existing one (-Volume), whose data it
    /// replaces: that asks first unless -Force. Writes the volume; -Wait until it is available again.
    /// </summary>
    [Cmdlet(VerbsData.Restore, "OSVolumeBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "New")]
    [OutputType(typeof(Client.BlockStorage.Volume))]
    public sealed class RestoreOSVolumeBackupCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("BackupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeBackupNameCompleter))] public string Id { get; set; } = null!;

        /// <summary>The name of the new volume (Cinder makes one up without it).</summary>
        [Parameter(ParameterSetName = "New", Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>An existing volume to restore onto (available, at least as big as the backup): its data is replaced.</summary>
        [Parameter(ParameterSetName = "Existing", Mandatory = true)]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId Volume { get; set; } = null!;

        /// <summary>Replace an existing volume's data without asking (-WhatIf still only reports).</summary>
        [Parameter(ParameterSetName = "Existing")]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            string backupId = "", volumeId = "";
            if (!Try(Id, () =>
            {
                backupId = Run(ct => client.FindIdAsync(BlockStorageResources.Backups, Id, ct));
                if (ParameterSetName == "Existing") volumeId = Run(ct => client.FindIdAsync(BlockStorageResources.Volumes, Volume.Value, ct));
            })) return;
            var existing = ParameterSetName == "Existing";
            var action = existing ? "Restore backup " + Id + " onto volume " + Volume.Value + ", replacing its data" : "Restore backup to a new volume" + (Name != null ? " '" + Name + "'" : "");
            var whatIf = MyInvocation.BoundParameters.ContainsKey("WhatIf") && ((SwitchParameter)MyInvocation.BoundParameters["WhatIf"]).IsPresent;
            if (!ShouldProcess(Id, action)) return;
            if (existing && !Force && !whatIf && !ShouldContinue("Volume " + Volume.Value + " will hold the data of backup " + Id + "; what it holds now is lost.", "Restore onto an existing volume")) return;
            Try(Id, () => WriteObject(Run(async ct =>
            {
                var blockStorage = new BlockStorageClient(client.Session);
                var restored = await blockStorage.RestoreBackupAsync(backupId, existing ? volumeId : null, existing ? null : Name, ct).ConfigureAwait(false);
                if (!Wait) return await client.GetAsync(BlockStorageResources.Volumes, restored, ct).ConfigureAwait(false);
                var options = BlockStorageResources.Volumes.WaitFor("available");
                options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                options.Progress = (status, elapsed) => Post(() => WriteProgress(new ProgressRecord(0x05F2, "Restoring backup " + Id, status + " after " + (int)elapsed.TotalSeconds + " s")));
                var volume = await client.WaitAsync(BlockStorageResources.Volumes, restored, options, ct).ConfigureAwait(false);
                // the backup is "restoring" a moment longer than the volume: wait for it too, so it can be used at once
                var backupWait = BlockStorageResources.Backups.WaitFor("available");
                backupWait.Timeout = options.Timeout;
                await client.WaitAsync(BlockStorageResources.Backups, backupId, backupWait, ct).ConfigureAwait(false);
                Post(() => WriteProgress(new ProgressRecord(0x05F2, "Restoring backup " + Id, "done") { RecordType = ProgressRecordType.Completed }));
                return volume;
            })));
        }
    }
}
