using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Base of Get-OS&lt;resource&gt;: the resources given by id or name (each missing or ambiguous one an error of its
    /// own), or a listing streamed page by page with the cmdlet's filters sent to the service and name wildcards matched
    /// here. The derived cmdlet declares its parameters (their names, aliases and completers are its own) and the filters.
    /// </summary>
    public abstract class GetResourceCmdlet<T> : OpenStackCmdlet where T : class
    {
        protected abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The ids or names asked for, or null to list.</summary>
        protected abstract string[]? Wanted { get; }

        /// <summary>The name to list by (wildcards allowed), or null for all.</summary>
        protected abstract string? NamePattern { get; }

        protected virtual int? PageSizeValue => null;

        /// <summary>The service-side filters of the listing; names given in them are resolved here (may throw: an error, nothing listed).</summary>
        protected virtual Query Filters(ResourceClient client) => new Query();

        /// <summary>The resources listed: those of the descriptor, or of a parent (<see cref="ResourceDescriptor{T}.Under"/>).</summary>
        protected virtual ResourceDescriptor<T> Listed(ResourceClient client) => Resource;

        /// <summary>Whether each resource gets, before it is written, what the service does not send (a referenced name).</summary>
        protected virtual bool Decorates => false;

        /// <summary>With <see cref="Decorates"/>: what a listed item gets before it is written.</summary>
        protected virtual Task<T> DecorateAsync(ResourceClient client, T item, CancellationToken ct) => Task.FromResult(item);

        /// <summary>What an error in preparing the listing names.</summary>
        protected virtual object ListTarget => NamePattern ?? Resource.KindPlural;

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            if (Wanted != null)
            {
                WriteFound(Wanted, async (id, ct) => await DecorateAsync(client, await client.FindAsync(Resource, id, ct).ConfigureAwait(false), ct).ConfigureAwait(false));
                return;
            }
            ResourceDescriptor<T> listed = null!;
            if (!Try(ListTarget, () => listed = Listed(client))) return;
            // A UUID given as a name is looked up as the id it must be.
            if (NamePattern != null && NameResolver.LooksLikeId(NamePattern))
            {
                WriteFound(new[] { NamePattern }, async (id, ct) => await DecorateAsync(client, await client.FindAsync(listed, id, ct).ConfigureAwait(false), ct).ConfigureAwait(false));
                return;
            }
            Query filters = null!;
            if (!Try(ListTarget, () => filters = Filters(client))) return;
            WriteListed(NamePattern, (exact, ct) => List(client, listed, filters, exact, ct), Resource.NameOf, Resource.KindPlural,
                Resource.ListsSummaries
                    ? (Func<T, CancellationToken, Task<T>>)(async (item, ct) => await DecorateAsync(client, await client.FindAsync(listed, Resource.IdOf(item), ct).ConfigureAwait(false), ct).ConfigureAwait(false))
                    : Decorates ? (item, ct) => DecorateAsync(client, item, ct) : (Func<T, CancellationToken, Task<T>>?)null);
        }

        private IAsyncEnumerable<T> List(ResourceClient client, ResourceDescriptor<T> listed, Query filters, string? exactName, CancellationToken ct)
        {
            var q = new Query();
            var pattern = NamePattern;
            if (pattern != null)
            {
                if (Resource.NameFilter == NameFilter.Exact && exactName != null) q.Add(Resource.NameField, exactName);
                // Nova matches a regular expression, wildcards and all; case is matched here.
                else if (Resource.NameFilter == NameFilter.Regex) q.Add(Resource.NameField, WildcardToRegex(pattern));
            }
            return client.ListAsync(listed, q.AddAll(filters), PageSizeValue, ct);
        }

        /// <summary>"web*" as the regular expression "^web.*$".</summary>
        internal static string WildcardToRegex(string wildcard)
        {
            var sb = new System.Text.StringBuilder("^");
            foreach (var c in wildcard)
                sb.Append(c == '*' ? ".*" : c == '?' ? "." : System.Text.RegularExpressions.Regex.Escape(c.ToString()));
            return sb.Append('$').ToString();
        }
    }
}
