using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Set-OSVolume: name, description, metadata and the bootable flag.</summary>
    [Cmdlet(VerbsCommon.Set, "OSVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Volume))]
    public sealed class SetOSVolumeCommand : BulkCmdlet
    {
        private BlockStorageClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [Alias("NewName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public Hashtable? Metadata { get; set; }

        [Parameter]
        public SwitchParameter ReplaceMetadata { get; set; }

        [Parameter]
        public bool? Bootable { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Updating volumes";

        protected override void ProcessRecord()
        {
            _client ??= new BlockStorageClient(ActiveSession);
            var client = _client;
            var metadata = Hashtables.ToStrings(Metadata);
            foreach (var id in Id)
                Enqueue(id, "Update volume", id, async ct =>
                {
                    var volumeId = (await client.FindVolumeAsync(id, ct).ConfigureAwait(false)).Id;
                    if (Name != null || Description != null) await client.UpdateVolumeAsync(volumeId, Name, Description, ct).ConfigureAwait(false);
                    if (Metadata != null) await client.SetMetadataAsync(volumeId, metadata, ReplaceMetadata, ct).ConfigureAwait(false);
                    if (Bootable.HasValue) await client.SetBootableAsync(volumeId, Bootable.Value, ct).ConfigureAwait(false);
                    return PassThru ? await client.GetVolumeAsync(volumeId, ct).ConfigureAwait(false) : null;
                });
        }
    }
}
