using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolume: volumes, streamed page by page, by name (wildcards), status, all projects.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolume", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Volume))]
    public sealed class GetOSVolumeCommand : GetResourceCmdlet<Volume>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter AllProjects { get; set; }

        /// <summary>Another project's volumes (admin), by name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Project { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;
        protected override Query Filters(ResourceClient client) => new VolumeListOptions
        {
            Status = Status, AllProjects = AllProjects,
            ProjectId = Project == null ? null : Run(ct => client.FindIdAsync(IdentityResources.Projects, Project, ct)),
        }.ToQuery();
    }
}
