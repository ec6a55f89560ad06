using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeSnapshot: snapshots by id or name (wildcards), or those of one volume.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeSnapshot", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(VolumeSnapshot))]
    public sealed class GetOSVolumeSnapshotCommand : GetResourceCmdlet<VolumeSnapshot>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        /// <summary>Only snapshots of this volume: name, id, or a volume from the pipeline.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId? Volume { get; set; }

        protected override ResourceDescriptor<VolumeSnapshot> Resource => BlockStorageResources.Snapshots;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override object ListTarget => (object?)Volume?.Value ?? base.ListTarget;

        protected override Query Filters(ResourceClient client) =>
            new Query().Add("volume_id", Volume == null ? null : Run(ct => client.ResolveIdAsync(BlockStorageResources.Volumes, Volume.Value, ct)));
    }
}
