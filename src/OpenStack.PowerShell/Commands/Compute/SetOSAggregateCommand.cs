using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Set-OSAggregate: renames an aggregate, changes its availability zone, sets or removes metadata (admin).</summary>
    [Cmdlet(VerbsCommon.Set, "OSAggregate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Aggregate))]
    public sealed class SetOSAggregateCommand : SetResourceCmdlet<Aggregate>
    {
        private Dictionary<string, string?> _metadata = new Dictionary<string, string?>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AggregateId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AggregateNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The availability zone its hosts show as; Nova refuses a zone that would put a host in two.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? AvailabilityZone { get; set; }

        /// <summary>Metadata to add or change; other keys are kept.</summary>
        [Parameter]
        [Alias("Property")]
        public Hashtable? Metadata { get; set; }

        /// <summary>Metadata keys to remove.</summary>
        [Parameter]
        [Alias("RemoveProperty")]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveMetadata { get; set; }

        protected override ResourceDescriptor<Aggregate> Resource => ComputeAdminResources.Aggregates;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => _metadata.Count > 0;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var set = Hashtables.ToStrings(Metadata);
            var both = RemoveMetadata?.Where(set.ContainsKey).ToList();
            if (both != null && both.Count > 0) throw new System.ArgumentException("Metadata " + string.Join(", ", both) + " is both set and removed: give it to one of -Metadata and -RemoveMetadata.");
            if (set.ContainsKey("availability_zone")) throw new System.ArgumentException("The availability zone is given with -AvailabilityZone, not as metadata.");
            _metadata = set.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
            foreach (var key in RemoveMetadata ?? new string[0]) _metadata[key] = null;
            var changes = new JsonObject();
            if (Name != null) changes["name"] = Name;
            if (AvailabilityZone != null) changes["availability_zone"] = AvailabilityZone;
            return changes;
        }

        protected override string Describe(JsonObject changes)
        {
            var parts = changes.Select(kv => kv.Key).ToList();
            if (_metadata.Any(kv => kv.Value != null)) parts.Add("set " + string.Join(", ", _metadata.Where(kv => kv.Value != null).Select(kv => kv.Key)));
            if (_metadata.Any(kv => kv.Value == null)) parts.Add("remove " + string.Join(", ", _metadata.Where(kv => kv.Value == null).Select(kv => kv.Key)));
            return string.Join("; ", parts);
        }

        protected override async Task<Aggregate?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            Aggregate? updated = changes.Count == 0 ? null : await client.UpdateAsync(Resource, id, changes, ct).ConfigureAwait(false);
            if (_metadata.Count > 0) updated = await new ComputeClient(client.Session).SetAggregateMetadataAsync(id, _metadata, ct).ConfigureAwait(false);
            return updated;
        }
    }
}
