using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// Export-OSVolumeBackup (admin): the record each available backup can be imported from again, should the cloud lose
    /// its database or another read the same backup store. Written as objects, or with -Path to one JSON file (the records
    /// as Cinder gives them; readable by its owner only, whole or not at all).
    /// </summary>
    [Cmdlet(VerbsData.Export, "OSVolumeBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VolumeBackupRecord), typeof(FileInfo))]
    public sealed class ExportOSVolumeBackupCommand : OpenStackCmdlet
    {
        private readonly List<(string Given, string Id)> _ids = new List<(string, string)>();
        private ResourceClient? _client;
        private string? _path;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("BackupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeBackupNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>A JSON file for the records of every backup given, instead of objects.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Replaces an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            if (Path == null) return;
            _path = GetUnresolvedProviderPathFromPSPath(Path);
            // Before any backup is asked for: a file that could not be written is known now.
            Must(_path, () => PrivateKeyFile.CheckTarget(_path, Force, "backup records file"));
        }

        protected override void ProcessRecord()
        {
            var client = _client ??= new ResourceClient(ActiveSession);
            foreach (var id in Id)
                Try(id, () =>
                {
                    var backupId = Run(ct => client.FindIdAsync(BlockStorageResources.Backups, id, ct));
                    // To a file: exported once it is confirmed (an export is not only a read: Cinder's backup service takes it up).
                    if (_path != null) { _ids.Add((id, backupId)); return; }
                    WriteObject(Run(ct => new BlockStorageClient(client.Session).ExportBackupRecordAsync(backupId, ct)));
                });
        }

        protected override void EndProcessing()
        {
            if (_path == null || _ids.Count == 0) return;
            var path = _path;
            if (!ShouldProcess(path, "Write the records of " + _ids.Count + " backup(s)")) return;
            var blockStorage = new BlockStorageClient(_client!.Session);
            var records = new List<VolumeBackupRecord>();
            // A backup that cannot be exported is an error of its own; the others' records are still written.
            foreach (var (given, backupId) in _ids)
                Try(given, () => records.Add(Run(ct => blockStorage.ExportBackupRecordAsync(backupId, ct))));
            if (records.Count > 0 && Try(path, () => PrivateKeyFile.Write(path, VolumeBackupRecord.ToJson(records), Force, "backup records file")))
                WriteObject(new FileInfo(path));
        }
    }
}
