using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// New-OSVolumeTransfer: offers a volume to another project. The transfer written holds the key the other project
    /// accepts it with (AuthKey, a SecureString): Cinder sends it this once.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSVolumeTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VolumeTransfer))]
    public sealed class NewOSVolumeTransferCommand : NewResourceCmdlet<VolumeTransfer, TransferCreateOptions>
    {
        /// <summary>The volume: name, id, or a volume from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ReferenceTo(typeof(Client.BlockStorage.Volume))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public NameOrId Volume { get; set; } = null!;

        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Leave the volume's snapshots behind (they are deleted with it then); by default they go with it.</summary>
        [Parameter]
        public SwitchParameter NoSnapshots { get; set; }

        protected override ResourceDescriptor<VolumeTransfer> Resource => BlockStorageResources.Transfers;
        protected override TransferCreateOptions BuildOptions() => new TransferCreateOptions { VolumeId = Volume.Value, Name = Name, NoSnapshots = NoSnapshots };
        protected override void Resolve(ResourceClient client, TransferCreateOptions o) =>
            o.VolumeId = Run(ct => client.FindIdAsync(BlockStorageResources.Volumes, Volume.Value, ct));
        protected override string PreparationTarget => Volume.Value;
        protected override string Target(TransferCreateOptions o) => Volume.Value;
        protected override string ActionText(TransferCreateOptions o) => "Offer volume to another project" + (Name != null ? " as transfer '" + Name + "'" : "");
    }
}
