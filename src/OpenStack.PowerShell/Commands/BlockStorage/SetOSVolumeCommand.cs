using System;
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
    /// <summary>Set-OSVolume: name, description, metadata, the bootable flag, and the type (retype; -Wait until it ends).</summary>
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

        /// <summary>Change the volume's type (retype): name or id.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string? VolumeType { get; set; }

        /// <summary>With -VolumeType: never (the default) refuses a retype that needs another backend; on-demand lets Cinder migrate the data.</summary>
        [Parameter]
        [ValidateSet("never", "on-demand")]
        public string? MigrationPolicy { get; set; }

        /// <summary>With -VolumeType: wait until the retype ends (the volume is available or in-use again, with its new type).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        private string? _typeName;

        protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => base.HasOtherChanges || Bootable.HasValue || VolumeType != null;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            if (VolumeType == null && (MigrationPolicy != null || Wait))
                throw new ArgumentException("-MigrationPolicy and -Wait go with -VolumeType.");
            // resolved once, before any change: a type that does not exist changes nothing
            if (VolumeType != null) _typeName = Run(ct => client.FindAsync(BlockStorageResources.VolumeTypes, VolumeType, ct)).Name;
            return base.BuildChanges(client);
        }

        protected override async Task<Volume?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            await base.UpdateAsync(client, id, changes, ct).ConfigureAwait(false);
            var blockStorage = new BlockStorageClient(client.Session);
            if (Bootable.HasValue) await blockStorage.SetBootableAsync(id, Bootable.Value, ct).ConfigureAwait(false);
            if (_typeName != null)
            {
                await blockStorage.RetypeAsync(id, _typeName, MigrationPolicy, ct).ConfigureAwait(false);
                if (Wait) await WaitForRetypeAsync(client, id, ct).ConfigureAwait(false);
            }
            return null;
        }

        /// <summary>A retype shows as "retyping"; it ends back at the volume's former status, with the new type or (refused by the backend) the old.</summary>
        private async Task WaitForRetypeAsync(ResourceClient client, string id, CancellationToken ct)
        {
            var options = Resource.WaitFor("available", "in-use");
            options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
            var end = DateTime.UtcNow + options.Timeout;
            while (true)
            {
                var v = await client.WaitAsync(Resource, id, options, ct).ConfigureAwait(false);
                if (v == null || string.Equals(v.VolumeType, _typeName, StringComparison.Ordinal)) return;
                if (DateTime.UtcNow > end)
                    throw new TimeoutException("Volume " + id + " still has type " + v.VolumeType + " after " + TimeoutSec + " s: Cinder did not retype it (see its messages: Get-OSVolume, cinder-volume's log).");
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            }
        }
    }
}
