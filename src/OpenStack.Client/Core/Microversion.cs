using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenStack.Client.Core
{
    /// <summary>An API microversion such as compute 2.79.</summary>
    public readonly struct Microversion : IComparable<Microversion>, IEquatable<Microversion>
    {
        public Microversion(int major, int minor) { Major = major; Minor = minor; }

        public int Major { get; }
        public int Minor { get; }

        public static bool TryParse(string? text, out Microversion version)
        {
            version = default;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var t = text!.Trim().TrimStart('v', 'V');
            var parts = t.Split('.');
            if (parts.Length != 2 ||
                !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)) return false;
            version = new Microversion(major, minor);
            return true;
        }

        public static Microversion Parse(string text) =>
            TryParse(text, out var v) ? v : throw new FormatException("'" + text + "' is not a microversion like 2.79.");

        public int CompareTo(Microversion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
        public bool Equals(Microversion other) => Major == other.Major && Minor == other.Minor;
        public override bool Equals(object? obj) => obj is Microversion m && Equals(m);
        public override int GetHashCode() => Major * 1000 + Minor;
        public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
        public static bool operator <(Microversion a, Microversion b) => a.CompareTo(b) < 0;
        public static bool operator >(Microversion a, Microversion b) => a.CompareTo(b) > 0;
        public static bool operator <=(Microversion a, Microversion b) => a.CompareTo(b) <= 0;
        public static bool operator >=(Microversion a, Microversion b) => a.CompareTo(b) >= 0;

        /// <summary>The newest microversion this client understands, per service.</summary>
        public static readonly IReadOnlyDictionary<string, Microversion> ClientMaximum = new Dictionary<string, Microversion>(StringComparer.OrdinalIgnoreCase)
        {
            [ServiceTypes.Compute] = new Microversion(2, 90),
            [ServiceTypes.BlockStorage] = new Microversion(3, 70),
            [ServiceTypes.ContainerInfra] = new Microversion(1, 10),
            [ServiceTypes.Placement] = new Microversion(1, 39),
        };

        /// <summary>
        /// Picks the version to send: a pinned one (must lie in the server's range), "latest", or by default the newest
        /// both sides understand. A server without microversions (max null) gets none.
        /// </summary>
        public static Microversion? Negotiate(string serviceType, string? requested, Microversion? serverMin, Microversion? serverMax)
        {
            var clientMax = ClientMaximum.TryGetValue(ServiceTypes.Canonical(serviceType), out var cm) ? cm : (Microversion?)null;
            if (requested != null && !string.Equals(requested, "latest", StringComparison.OrdinalIgnoreCase) && !IsMajorOnly(requested))
            {
                var pinned = Parse(requested);
                if (serverMax.HasValue && (pinned > serverMax.Value || (serverMin.HasValue && pinned < serverMin.Value)))
                    throw new ConfigurationException("The " + serviceType + " API version " + pinned + " was asked for, but the server supports " +
                        serverMin + " to " + serverMax + ".");
                return pinned;
            }
            if (!serverMax.HasValue || !clientMax.HasValue) return null;
            var chosen = clientMax.Value < serverMax.Value ? clientMax.Value : serverMax.Value;
            if (serverMin.HasValue && chosen < serverMin.Value)
                throw new ConfigurationException("The " + serviceType + " server needs API version " + serverMin + " or newer; this client speaks up to " + clientMax + ".");
            return chosen;
        }

        // clouds.yaml's "compute_api_version: 2" names the major API, not a microversion.
        private static bool IsMajorOnly(string s) => int.TryParse(s.Trim().TrimStart('v', 'V'), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
