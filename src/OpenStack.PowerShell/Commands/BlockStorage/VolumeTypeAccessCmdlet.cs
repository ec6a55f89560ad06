using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Add-/Remove-OSVolumeTypeAccess (admin): one project's access to a private volume type, given or taken away.</summary>
    public abstract class VolumeTypeAccessCmdlet : OpenStackCmdlet
    {
        /// <summary>The volume type: name, id, or a type from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeTypeId")]
        [ReferenceTo(typeof(VolumeType))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public NameOrId VolumeType { get; set; } = null!;

        /// <summary>The project: name or id.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string Project { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            string typeId = "", projectId = "";
            if (!Try(VolumeType.Value, () =>
            {
                typeId = Run(ct => client.FindIdAsync(BlockStorageResources.VolumeTypes, VolumeType.Value, ct));
                projectId = Run(ct => ProjectIds.ResolveAsync(client, Project, ct));
            })) return;
            if (!ShouldProcess(VolumeType.Value, What + Project)) return;
            Try(VolumeType.Value, () => Run(ct => ChangeAsync(new BlockStorageClient(client.Session), typeId, projectId, ct)));
        }

        /// <summary>What ShouldProcess says, before the project's name.</summary>
        protected abstract string What { get; }

        protected abstract System.Threading.Tasks.Task ChangeAsync(BlockStorageClient client, string typeId, string projectId, System.Threading.CancellationToken ct);
    }
}
