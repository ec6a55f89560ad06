using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Set-OSVolume: name, description, metadata and the bootable flag.</summary>
    [Cmdlet(VerbsCommon.Set, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Volume))]
    public sealed class SetOSVolumeCommand : MetadataSetCmdlet<Volume>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        public bool? Bootable { get; set; }

        protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => base.HasOtherChanges || Bootable.HasValue;

        protected override async Task<Volume?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            await base.UpdateAsync(client, id, changes, ct).ConfigureAwait(false);
            if (Bootable.HasValue) await new BlockStorageClient(client.Session).SetBootableAsync(id, Bootable.Value, ct).ConfigureAwait(false);
            return null;
        }
    }
}
