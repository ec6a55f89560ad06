using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Completion
{
    /// <summary>
    /// Tab completion of resource names from the cloud. Names are listed once and kept for a short while per
    /// session, matched against what was typed (wildcards allowed), quoted when needed. A completer never
    /// throws and gives up after two seconds: a slow cloud costs a pause, never a broken prompt.
    /// </summary>
    public abstract class NameCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan CacheLife = TimeSpan.FromSeconds(30);
        private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(2);
        private static readonly ConditionalWeakTable<OpenStackSession, ConcurrentDictionary<string, CachedNames>> Caches =
            new ConditionalWeakTable<OpenStackSession, ConcurrentDictionary<string, CachedNames>>();

        private sealed class CachedNames
        {
            public CachedNames(IReadOnlyList<string> names) { Names = names; Taken = DateTime.UtcNow; }
            public IReadOnlyList<string> Names { get; }
            public DateTime Taken { get; }
        }

        /// <summary>What is completed, for the cache ("flavor").</summary>
        protected abstract string Kind { get; }

        /// <summary>Lists the names (nulls and blanks are skipped).</summary>
        protected abstract IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession session, CancellationToken ct);

        /// <summary>
        /// For names that live within another object (a pool's members): that object as typed in the command so far, or
        /// null. Names are then listed, and kept, per scope; <see cref="ListNamesAsync(OpenStackSession, string, CancellationToken)"/> lists them.
        /// </summary>
        protected virtual string? ScopeOf(IDictionary? bound) => null;

        /// <summary>Lists the names within <paramref name="scope"/> (see <see cref="ScopeOf"/>).</summary>
        protected virtual IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession session, string scope, CancellationToken ct) => ListNamesAsync(session, ct);

        /// <summary>A value typed for another parameter of the command (a string, or an object's id or name), or null.</summary>
        protected static string? BoundText(IDictionary? bound, string parameter)
        {
            var value = bound != null && bound.Contains(parameter) ? bound[parameter] : null;
            if (value is PSObject p) value = p.BaseObject;
            return value switch
            {
                null => null,
                string s => s,
                NameOrId n => n.Value,
                _ => PSObject.AsPSObject(value).Properties["Id"]?.Value?.ToString() ?? value.ToString(),
            };
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var session = SessionFrom(fakeBoundParameters) ?? SessionStore.Current;
                if (session == null || session.IsDisposed) return Array.Empty<CompletionResult>();
                var names = Names(session, ScopeOf(fakeBoundParameters));
                var pattern = NameCompleter.PatternFor(wordToComplete);
                return names.Where(n => pattern.IsMatch(n)).OrderBy(n => n, StringComparer.OrdinalIgnoreCase)
                    .Select(n => new CompletionResult(Quote(n), n, CompletionResultType.ParameterValue, Kind + " " + n)).ToList();
            }
            catch (Exception)
            {
                // Completion must never surface an error at the prompt.
                return Array.Empty<CompletionResult>();
            }
        }

        private IReadOnlyList<string> Names(OpenStackSession session, string? scope)
        {
            var cache = Caches.GetValue(session, _ => new ConcurrentDictionary<string, CachedNames>());
            var key = scope == null ? Kind : Kind + "\n" + scope;
            if (cache.TryGetValue(key, out var hit) && DateTime.UtcNow - hit.Taken < CacheLife) return hit.Names;
            using var cts = new CancellationTokenSource(GiveUpAfter);
            var listing = Task.Run(async () =>
            {
                var names = new List<string>();
                await foreach (var n in (scope == null ? ListNamesAsync(session, cts.Token) : ListNamesAsync(session, scope, cts.Token)).ConfigureAwait(false))
                    if (!string.IsNullOrWhiteSpace(n)) names.Add(n!);
                return (IReadOnlyList<string>)names.Distinct(StringComparer.Ordinal).ToList();
            });
            if (!listing.Wait(GiveUpAfter + TimeSpan.FromMilliseconds(200))) return Array.Empty<string>();
            cache[key] = new CachedNames(listing.Result);
            return listing.Result;
        }

        private static OpenStackSession? SessionFrom(IDictionary? bound)
        {
            var value = bound != null && bound.Contains("Session") ? bound["Session"] : null;
            return (value is PSObject p ? p.BaseObject : value) as OpenStackSession;
        }

        /// <summary>What was typed so far (quotes dropped, wildcards kept) as a prefix pattern.</summary>
        internal static WildcardPattern PatternFor(string? wordToComplete)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            return new WildcardPattern(typed.EndsWith("*", StringComparison.Ordinal) ? typed : typed + "*", WildcardOptions.IgnoreCase);
        }

        /// <summary>Single-quoted when the name has spaces or characters PowerShell would read otherwise.</summary>
        internal static string Quote(string name) =>
            name.IndexOfAny(new[] { ' ', '\t', '$', '`', '\'', '"', '(', ')', '{', '}', ';', ',', '&', '|', '@', '#', '<', '>' }) >= 0
                ? "'" + name.Replace("'", "''") + "'"
                : name;
    }
}
