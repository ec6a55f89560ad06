using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OpenStack.Client.Resources
{
    /// <summary>Query filters a service applies itself: field=value pairs, a field repeated for "any of"; unset values are left out.</summary>
    public sealed class Query
    {
        private readonly List<KeyValuePair<string, string>> _pairs = new List<KeyValuePair<string, string>>();

        public Query Add(string field, string? value)
        {
            if (value != null) _pairs.Add(new KeyValuePair<string, string>(field, value));
            return this;
        }

        public Query Add(string field, bool? value) => value.HasValue ? Add(field, value.Value ? "true" : "false") : this;

        public Query Add(string field, int? value) => value.HasValue ? Add(field, value.Value.ToString(CultureInfo.InvariantCulture)) : this;

        public Query AddAll(Query? other)
        {
            if (other != null) _pairs.AddRange(other._pairs);
            return this;
        }

        public int Count => _pairs.Count;

        /// <summary>"?a=1&amp;b=2", or "" with no filter.</summary>
        public string ToQueryString() =>
            _pairs.Count == 0 ? "" : "?" + string.Join("&", _pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

        public override string ToString() => ToQueryString();
    }
}
