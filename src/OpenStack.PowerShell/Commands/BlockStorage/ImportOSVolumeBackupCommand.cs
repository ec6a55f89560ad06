using System;
using System.Collections.Generic;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// Import-OSVolumeBackup (admin): makes backups again from records Export-OSVolumeBackup wrote (from the pipeline, or
    /// the JSON file of -Path), each with the id it had; -Wait until the backup service has checked it and it is available.
    /// </summary>
    [Cmdlet(VerbsData.Import, "OSVolumeBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Record")]
    [OutputType(typeof(VolumeBackup))]
    public sealed class ImportOSVolumeBackupCommand : OpenStackCmdlet
    {
        /// <summary>The backup driver that wrote the backup (cinder.backup.drivers.posix...).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Record")]
        [Alias("backup_service")]
        [ValidateNotNullOrEmpty]
        public string BackupService { get; set; } = null!;

        /// <summary>Cinder's encoded description of the backup, as exported.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Record")]
        [Alias("backup_url")]
        [ValidateNotNullOrEmpty]
        public string BackupUrl { get; set; } = null!;

        /// <summary>A file Export-OSVolumeBackup -Path wrote (or Cinder's own backup-record JSON).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Path")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override void ProcessRecord()
        {
            IReadOnlyList<VolumeBackupRecord> records = null!;
            if (ParameterSetName == "Path")
            {
                var path = GetUnresolvedProviderPathFromPSPath(Path);
                if (!Try(path, () => records = VolumeBackupRecord.FromJson(InputFiles.ReadText(path, "backup records file"), path))) return;
            }
            else records = new[] { new VolumeBackupRecord { BackupService = BackupService, BackupUrl = BackupUrl } };
            foreach (var record in records) Import(record);
        }

        private void Import(VolumeBackupRecord record)
        {
            var target = record.BackupId ?? record.BackupService;
            if (record.BackupId == null)
            {
                WriteError(ErrorRecords.From(new ArgumentException("The backup record cannot be read: its backup_url is not the encoded description Export-OSVolumeBackup gives."), target));
                return;
            }
            if (!ShouldProcess(target, "Import backup record" + (record.Name != null ? " '" + record.Name + "'" : ""))) return;
            var client = new ResourceClient(ActiveSession);
            Try(target, () => WriteObject(Run(async ct =>
            {
                var id = await new BlockStorageClient(client.Session).ImportBackupRecordAsync(record, ct).ConfigureAwait(false);
                if (!Wait) return await client.GetAsync(BlockStorageResources.Backups, id, ct).ConfigureAwait(false);
                var options = BlockStorageResources.Backups.WaitFor("available");
                options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                ReportWaitProgress(options, "Importing backup " + target, "Backup " + target);
                return await client.WaitAsync(BlockStorageResources.Backups, id, options, ct).ConfigureAwait(false);
            })));
        }
    }
}
