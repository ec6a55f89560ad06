using System;
using System.Globalization;
using System.Text.Json;

namespace OpenStack.Client.Core
{
    /// <summary>The range of microversions a service endpoint supports, read from its version document.</summary>
    public sealed class VersionRange
    {
        public VersionRange(Microversion? min, Microversion? max) { Min = min; Max = max; }
        public Microversion? Min { get; }
        public Microversion? Max { get; }
    }

    /// <summary>
    /// Reads the version documents services serve at their roots: {"version":{..}} (Nova at /v2.1),
    /// {"versions":[..]} (Cinder, Magnum, Placement, Glance) or {"versions":{"values":[..]}} (Keystone).
    /// </summary>
    public static class VersionDiscovery
    {
        public static VersionRange? Parse(string json, string? majorVersion)
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            if (root.TryGetProperty("version", out var single) && single.ValueKind == JsonValueKind.Object) return Range(single);
            if (!root.TryGetProperty("versions", out var versions)) return null;
            if (versions.ValueKind == JsonValueKind.Object && versions.TryGetProperty("values", out var values)) versions = values;
            if (versions.ValueKind != JsonValueKind.Array) return null;
            JsonElement? best = null;
            foreach (var v in versions.EnumerateArray())
            {
                var id = v.TryGetProperty("id", out var idEl) ? idEl.GetString() : null;
                if (majorVersion == null || SameVersion(id, majorVersion)) { best = v; if (id == majorVersion) break; }
            }
            return best.HasValue ? Range(best.Value) : null;
        }

        private static VersionRange Range(JsonElement v)
        {
            Microversion? Read(params string[] names)
            {
                foreach (var n in names)
                    if (v.TryGetProperty(n, out var e) && e.ValueKind == JsonValueKind.String && Microversion.TryParse(e.GetString(), out var m))
                        return m;
                return null;
            }
            return new VersionRange(Read("min_version"), Read("version", "max_version"));
        }

        // "v3" and "v3.0" name the same API; "v2.0" and "v2.1" do not.
        private static bool SameVersion(string? id, string wanted)
        {
            if (id == null) return false;
            if (string.Equals(id, wanted, StringComparison.OrdinalIgnoreCase)) return true;
            static (int, int) P(string s)
            {
                var parts = s.TrimStart('v', 'V').Split('.');
                int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a);
                var b = 0;
                if (parts.Length > 1) int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out b);
                return (a, b);
            }
            return P(id) == P(wanted);
        }
    }
}
