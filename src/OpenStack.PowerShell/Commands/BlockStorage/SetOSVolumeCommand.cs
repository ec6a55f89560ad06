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

        protected override string Describe(JsonObject changes) =>
            base.Describe(changes) + (Bootable.HasValue ? (changes.Count > 0 || Metadata != null ? ", " : "") + "bootable" : "");

        protected override async Task<Volume> UpdateAsync(ResourceClient client, Volume found, JsonObject changes, CancellationToken ct)
        {
            var updated = await base.UpdateAsync(client, found, changes, ct).ConfigureAwait(false);
            if (!Bootable.HasValue) return updated;
            await new BlockStorageClient(client.Session).SetBootableAsync(found.Id, Bootable.Value, ct).ConfigureAwait(false);
            return await client.GetAsync(Resource, found.Id, ct).ConfigureAwait(false) ?? updated;
        }
    }
}
