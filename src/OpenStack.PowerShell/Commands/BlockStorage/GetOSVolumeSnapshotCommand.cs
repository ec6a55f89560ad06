using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeSnapshot: snapshots, by name (wildcards) or of one volume.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeSnapshot")]
    [OutputType(typeof(VolumeSnapshot))]
    public sealed class GetOSVolumeSnapshotCommand : OpenStackCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        /// <summary>Only snapshots of this volume (id); Volume objects bind by their Id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string? VolumeId { get; set; }

        protected override void ProcessRecord()
        {
            var client = new BlockStorageClient(ActiveSession);
            WriteListed(Name, (exact, ct) => client.ListSnapshotsAsync(VolumeId, exact, ct), s => s.Name, "snapshots");
        }
    }
}
