using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolume: volumes, streamed page by page, by name (wildcards), status, all projects.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolume", DefaultParameterSetName = "List")]
    [OutputType(typeof(Volume))]
    public sealed class GetOSVolumeCommand : OpenStackCmdlet
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = "List")]
        public SwitchParameter AllProjects { get; set; }

        [Parameter(ParameterSetName = "List")]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            var client = new BlockStorageClient(ActiveSession);
            if (ParameterSetName == "Id") WriteFound(Id, client.FindVolumeAsync);
            else WriteListed(Name, (exact, ct) => client.ListVolumesAsync(new VolumeListOptions { Name = exact, Status = Status, AllProjects = AllProjects, PageSize = PageSize }, ct),
                v => v.Name, "volumes");
        }
    }
}
