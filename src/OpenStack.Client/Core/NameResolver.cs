using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.Core
{
    /// <summary>More than one resource has the name asked for.</summary>
    public sealed class AmbiguousNameException : OpenStackException
    {
        public AmbiguousNameException(string message, IReadOnlyList<string> candidateIds) : base(message) { CandidateIds = candidateIds; }
        public IReadOnlyList<string> CandidateIds { get; }
    }

    /// <summary>Finds exactly one resource by id or by name, like openstacksdk's find_*.</summary>
    public static class NameResolver
    {
        private static readonly Regex Uuid = new Regex("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$", RegexOptions.Compiled);

        public static bool LooksLikeId(string value) => Uuid.IsMatch(value);

        /// <param name="byId">Gets by id; null on 404.</param>
        /// <param name="byName">Lists the resources that may bear the name (the caller filters server-side where it can).</param>
        public static async Task<T> FindAsync<T>(string kind, string nameOrId, Func<string, CancellationToken, Task<T?>> byId,
            Func<CancellationToken, IAsyncEnumerable<T>> byName, Func<T, string?> name, Func<T, string> id, CancellationToken ct) where T : class
        {
            if (string.IsNullOrWhiteSpace(nameOrId)) throw new ArgumentException("A " + kind + " name or id is required.");
            // The lookups answered 404 or an empty list: their request ids are what the service logs can be searched for.
            var lookups = Http.RequestIdLog.Begin();
            var exact = await byId(nameOrId, ct).ConfigureAwait(false);
            // A UUID is nobody's name; a short id ("1", "m1.small" as a flavor id) may be another resource's name.
            if (exact != null && LooksLikeId(nameOrId)) return exact;
            var matches = new List<T>();
            if (exact != null) matches.Add(exact);
            await foreach (var item in byName(ct).ConfigureAwait(false))
                if (string.Equals(name(item), nameOrId, StringComparison.Ordinal) && (exact == null || id(item) != id(exact))) matches.Add(item);
            if (matches.Count == 1) return matches[0];
            if (matches.Count == 0)
            {
                var ids = lookups.Ids;
                throw new NotFoundException("No " + kind + " has the name or id '" + nameOrId + "'" +
                    (ids.Count == 0 ? "" : " (" + (ids.Count == 1 ? "request " : "requests ") + string.Join(", ", ids) + ")") + ".", ids);
            }
            var candidates = matches.Select(id).ToList();
            throw new AmbiguousNameException(matches.Count + " " + kind + "s are named '" + nameOrId + "'" + (exact != null ? " or have it as id" : "") + ": " +
                string.Join(", ", candidates) + ". Give the id of the one you mean.", candidates);
        }
    }
}
