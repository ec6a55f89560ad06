using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolume: deletes volumes (asks first unless -Force); -Cascade takes their snapshots too; -Wait until gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeCommand : RemoveWaitingResourceCmdlet<Volume>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Delete the volume's snapshots too.</summary>
        [Parameter]
        public SwitchParameter Cascade { get; set; }

        /// <summary>Delete whatever the volume's status (admin; os-force_delete).</summary>
        [Parameter]
        public SwitchParameter ForceDelete { get; set; }

        protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes;
        protected override string[] Targets => Id;
        protected override string ActionText => "Delete volume" + (Cascade ? " and its snapshots" : "");

        protected override Task DeleteAsync(ResourceClient client, string id, CancellationToken ct) =>
            new BlockStorageClient(client.Session).DeleteVolumeAsync(id, Cascade, ForceDelete, ct);
    }
}
