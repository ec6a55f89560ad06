using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeSnapshot: snapshots, by name (wildcards) or of one volume.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeSnapshot")]
    [OutputType(typeof(VolumeSnapshot))]
    public sealed class GetOSVolumeSnapshotCommand : GetResourceCmdlet<VolumeSnapshot>
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        /// <summary>Only snapshots of this volume (id); Volume objects bind by their Id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string? VolumeId { get; set; }

        protected override ResourceDescriptor<VolumeSnapshot> Resource => BlockStorageResources.Snapshots;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Name;
        protected override Query Filters(ResourceClient client) => new Query().Add("volume_id", VolumeId);
    }
}
