using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Set-OSVolumeType (admin): name, description, public or private, extra specs added or removed.</summary>
    [Cmdlet(VerbsCommon.Set, "OSVolumeType", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VolumeType))]
    public sealed class SetOSVolumeTypeCommand : SetResourceCmdlet<VolumeType>
    {
        private Dictionary<string, string>? _specs;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeTypeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? NewName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>$false: only projects given access see it; $true: every project.</summary>
        [Parameter]
        public bool? IsPublic { get; set; }

        /// <summary>Extra specs to add or change.</summary>
        [Parameter]
        public Hashtable? ExtraSpecs { get; set; }

        /// <summary>Keys of extra specs to delete.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveExtraSpecs { get; set; }

        protected override ResourceDescriptor<VolumeType> Resource => BlockStorageResources.VolumeTypes;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => ExtraSpecs != null || RemoveExtraSpecs != null;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            _specs = Hashtables.ToStrings(ExtraSpecs);
            foreach (var key in RemoveExtraSpecs ?? System.Array.Empty<string>())
                if (_specs.ContainsKey(key)) throw new System.ArgumentException("The extra spec '" + key + "' is both set and removed.");
            var changes = new JsonObject();
            if (NewName != null) changes["name"] = NewName;
            if (Description != null) changes["description"] = Description;
            if (IsPublic.HasValue) changes["is_public"] = IsPublic.Value;
            return changes;
        }

        protected override async Task<VolumeType?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            await base.UpdateAsync(client, id, changes, ct).ConfigureAwait(false);
            var blockStorage = new BlockStorageClient(client.Session);
            if (_specs!.Count > 0) await blockStorage.SetExtraSpecsAsync(id, _specs, ct).ConfigureAwait(false);
            foreach (var key in RemoveExtraSpecs ?? System.Array.Empty<string>())
                await blockStorage.RemoveExtraSpecAsync(id, key, ct).ConfigureAwait(false);
            return null;
        }
    }
}
