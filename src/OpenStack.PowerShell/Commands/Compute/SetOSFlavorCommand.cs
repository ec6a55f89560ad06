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
    /// <summary>
    /// Set-OSFlavor: a flavor's description (compute API 2.55+) and extra specs (admin). Nova changes nothing else on a
    /// flavor: its size is fixed once made.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSFlavor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Flavor))]
    public sealed class SetOSFlavorCommand : SetResourceCmdlet<Flavor>
    {
        private Dictionary<string, string> _specs = new Dictionary<string, string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>The new description; "" clears it.</summary>
        [Parameter]
        public string? Description { get; set; }

        /// <summary>Extra specs to add or change, e.g. @{ 'hw:cpu_policy' = 'dedicated' }; others are kept.</summary>
        [Parameter]
        public Hashtable? Property { get; set; }

        /// <summary>Extra specs to remove, by key.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveProperty { get; set; }

        protected override ResourceDescriptor<Flavor> Resource => ComputeResources.Flavors;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => Property != null || RemoveProperty != null;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            _specs = Hashtables.ToStrings(Property);
            var both = RemoveProperty?.Where(_specs.ContainsKey).ToList();
            if (both != null && both.Count > 0) throw new System.ArgumentException("Extra spec " + string.Join(", ", both) + " is both set and removed: give it to one of -Property and -RemoveProperty.");
            var changes = new JsonObject();
            if (Description != null) changes["description"] = Description.Length == 0 ? null : Description;
            return changes;
        }

        protected override string Describe(JsonObject changes)
        {
            var parts = changes.Select(kv => kv.Key).ToList();
            if (_specs.Count > 0) parts.Add("set " + string.Join(", ", _specs.Keys));
            if (RemoveProperty != null) parts.Add("remove " + string.Join(", ", RemoveProperty));
            return string.Join("; ", parts);
        }

        /// <summary>The description first (an older cloud refuses it before anything changes), then the extra specs; -PassThru reads the flavor afresh.</summary>
        protected override async Task<Flavor?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            var compute = new ComputeClient(client.Session);
            if (changes.TryGetPropertyValue("description", out var description))
                await compute.SetFlavorDescriptionAsync(id, description?.GetValue<string>(), ct).ConfigureAwait(false);
            if (_specs.Count > 0) await compute.SetFlavorExtraSpecsAsync(id, _specs, ct).ConfigureAwait(false);
            foreach (var key in RemoveProperty ?? System.Array.Empty<string>()) await compute.RemoveFlavorExtraSpecAsync(id, key, ct).ConfigureAwait(false);
            return null;
        }
    }
}
