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
    public abstract class SetResourceCmdlet<T> : ChangeResourceCmdlet<T> where T : class
    {
        private JsonObject? _changes;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The attributes to change (on the pipeline thread: resolve names with Run); may throw ArgumentException.</summary>
        protected abstract JsonObject BuildChanges(ResourceClient client);

        /// <summary>Whether anything is given beyond <see cref="BuildChanges"/>'s attributes (metadata, flags with their own calls).</summary>
        protected virtual bool HasOtherChanges => false;

        /// <summary>What ShouldProcess lists as changing.</summary>
        protected virtual string Describe(JsonObject changes) => string.Join(", ", changes.Select(kv => kv.Key));

        protected override string Activity => "Updating " + Resource.KindPlural;

        /// <summary>
        /// Applies the changes to one resource; by default one update of the attributes. Returns the resource as the
        /// service answered, or null when no answer holds it (-PassThru then reads it).
        /// </summary>
        protected virtual async Task<T?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct) =>
            changes.Count == 0 ? null : await client.UpdateAsync(Resource, id, changes, ct).ConfigureAwait(false);

        protected override void ProcessRecord()
        {
            var client = Client;
            if (_changes == null)
                Must(Targets.Length == 1 ? Targets[0] : Resource.KindPlural, () =>
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
                    var resourceId = await IdToChangeAsync(client, id, ct).ConfigureAwait(false);
                    var updated = await UpdateAsync(client, resourceId, (JsonObject)all.DeepClone(), ct).ConfigureAwait(false);
                    if (!PassThru) return null;
                    return updated ?? await client.GetAsync(Resource, resourceId, ct).ConfigureAwait(false);
                });
        }
    }
}
