using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenStack.Client.Network
{
    /// <summary>Query filters Neutron applies server-side: exact field=value pairs, a field repeated for "any of".</summary>
    public sealed class NeutronFilters
    {
        private readonly List<KeyValuePair<string, string>> _pairs = new List<KeyValuePair<string, string>>();

        public NeutronFilters Add(string field, string? value)
        {
            if (value != null) _pairs.Add(new KeyValuePair<string, string>(field, value));
            return this;
        }

        public NeutronFilters Add(string field, bool? value) => value.HasValue ? Add(field, value.Value ? "true" : "false") : this;

        public NeutronFilters AddAll(NeutronFilters other)
        {
            _pairs.AddRange(other._pairs);
            return this;
        }

        public int Count => _pairs.Count;

        /// <summary>"?a=1&amp;b=2", or "" with no filter.</summary>
        public string ToQuery() =>
            _pairs.Count == 0 ? "" : "?" + string.Join("&", _pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }
}
