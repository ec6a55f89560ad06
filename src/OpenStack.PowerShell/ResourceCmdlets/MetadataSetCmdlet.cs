using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Set-OS&lt;resource&gt; for resources with a name, a description and metadata (Nova's servers, Cinder's volumes):
    /// -Name and -Description in one update, -Metadata merged (or with -ReplaceMetadata made the whole of it), then
    /// -RemoveMetadata's keys deleted one by one.
    /// </summary>
    public abstract class MetadataSetCmdlet<T> : SetResourceCmdlet<T> where T : class
    {
        private Dictionary<string, string>? _metadata;

        [Parameter]
        [Alias("NewName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Metadata items to add or change.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>With -Metadata: make it the whole metadata, removing other items.</summary>
        [Parameter]
        public SwitchParameter ReplaceMetadata { get; set; }

        /// <summary>Keys of metadata items to delete.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveMetadata { get; set; }

        protected override bool HasOtherChanges => Metadata != null || RemoveMetadata != null;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            _metadata = Hashtables.ToStrings(Metadata);
            if (RemoveMetadata != null)
            {
                if (ReplaceMetadata) throw new System.ArgumentException("-ReplaceMetadata already removes every item not given: -RemoveMetadata is not needed with it.");
                foreach (var key in RemoveMetadata)
                    if (_metadata.ContainsKey(key)) throw new System.ArgumentException("The metadata item '" + key + "' is both set and removed.");
            }
            var changes = new JsonObject();
            if (Name != null) changes["name"] = Name;
            if (Description != null) changes["description"] = Description;
            return changes;
        }

        /// <summary>"Update server": the same words whatever changes, as these cmdlets have always asked.</summary>
        protected override string Describe(JsonObject changes) => "";

        /// <summary>The attributes in one update, then the metadata; the result is read afresh for -PassThru.</summary>
        protected override async Task<T?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            await base.UpdateAsync(client, id, changes, ct).ConfigureAwait(false);
            if (Metadata != null) await client.SetMetadataAsync(Resource, id, _metadata!, ReplaceMetadata, ct).ConfigureAwait(false);
            foreach (var key in RemoveMetadata ?? System.Array.Empty<string>())
                await client.RemoveMetadataAsync(Resource, id, key, ct).ConfigureAwait(false);
            return null;
        }
    }
}
