using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Base of Set-OS&lt;resource&gt;: the changes are built and checked once (nothing to change is an error, before any
    /// request), then each resource from the pipeline is confirmed, found and updated, several at once up to
    /// -ThrottleLimit. Only what is given changes.
    /// </summary>
    public abstract class SetResourceCmdlet<T> : BulkCmdlet where T : class
    {
        private ResourceClient? _client;
        private JsonObject? _changes;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The ids or names from the derived cmdlet's own parameter.</summary>
        protected abstract string[] Targets { get; }

        /// <summary>The attributes to change (on the pipeline thread: resolve names with Run); may throw ArgumentException.</summary>
        protected abstract JsonObject BuildChanges(ResourceClient client);

        /// <summary>Whether anything is given beyond <see cref="BuildChanges"/>'s attributes (metadata, flags with their own calls).</summary>
        protected virtual bool HasOtherChanges => false;

        /// <summary>What ShouldProcess lists as changing.</summary>
        protected virtual string Describe(JsonObject changes) => string.Join(", ", changes.Select(kv => kv.Key));

        protected override string Activity => "Updating " + Resource.KindPlural;

        /// <summary>Applies the changes to one found resource; by default one update of the attributes.</summary>
        protected virtual async Task<T> UpdateAsync(ResourceClient client, T found, JsonObject changes, CancellationToken ct) =>
            changes.Count == 0 ? found : await client.UpdateAsync(Resource, Resource.IdOf(found), changes, ct).ConfigureAwait(false);

        protected override void ProcessRecord()
        {
            var client = _client ??= new ResourceClient(ActiveSession);
            if (_changes == null)
                Must(Targets.Length == 1 ? Targets[0] : Resource.Kind, () =>
                {
                    var changes = BuildChanges(client);
                    if (changes.Count == 0 && !HasOtherChanges) throw new System.ArgumentException("Nothing to change: give at least one property to set.");
                    _changes = changes;
                });
            var all = _changes!;
            var what = Describe(all);
            foreach (var id in Targets)
                Enqueue(id, "Update " + Resource.Kind + (what.Length > 0 ? " (" + what + ")" : ""), id, async ct =>
                {
                    var found = await client.FindAsync(Resource, id, ct).ConfigureAwait(false);
                    var updated = await UpdateAsync(client, found, (JsonObject)all.DeepClone(), ct).ConfigureAwait(false);
                    return PassThru ? updated : null;
                });
        }
    }
}
