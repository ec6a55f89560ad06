using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>What Set-OS&lt;resource&gt; and Remove-OS&lt;resource&gt; share: the resources given, and how each becomes the id to change.</summary>
    public abstract class ChangeResourceCmdlet<T> : BulkCmdlet where T : class
    {
        private ResourceClient? _client;

        protected abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The ids or names from the derived cmdlet's own parameter.</summary>
        protected abstract string[] Targets { get; }

        /// <summary>
        /// True: a UUID is changed as given, with no lookup first (for many servers at once, where a lookup per item would
        /// double the requests); the service's 404 then says it names nothing. False: each is found first, so an id that
        /// names nothing is an error before any request that changes something.
        /// </summary>
        protected virtual bool TakesUuidsAsGiven => false;

        protected ResourceClient Client => _client ??= new ResourceClient(ActiveSession);

        /// <summary>The id to change for one target. A name that is the id (keypairs) needs no lookup: a missing one is the service's own 404.</summary>
        protected Task<string> IdToChangeAsync(ResourceClient client, string target, CancellationToken ct) =>
            Resource.NameIsId ? Task.FromResult(target)
            : TakesUuidsAsGiven ? client.ResolveIdAsync(Resource, target, ct)
            : client.FindIdAsync(Resource, target, ct);
    }
}
