using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeBackup: backups by id or name (wildcards), or those of one volume.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeBackup", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(VolumeBackup))]
    public sealed class GetOSVolumeBackupCommand : GetResourceCmdlet<VolumeBackup>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("BackupId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeBackupNameCompleter))] public string? Name { get; set; }

        /// <summary>Only backups of this volume: name, id, or a volume from the pipeline.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId? Volume { get; set; }

        protected override ResourceDescriptor<VolumeBackup> Resource => BlockStorageResources.Backups;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override object ListTarget => (object?)Volume?.Value ?? base.ListTarget;

        protected override Query Filters(ResourceClient client) =>
            new Query().Add("volume_id", Volume == null ? null : Run(ct => client.ResolveIdAsync(BlockStorageResources.Volumes, Volume.Value, ct)));
    }
}
