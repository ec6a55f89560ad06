using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OpenStack.Client.Network
{
    /// <summary>An IPv4 or IPv6 prefix such as 10.0.0.0/24, parsed strictly so bad input fails before reaching Neutron.</summary>
    public sealed class IpPrefix
    {
        private readonly byte[] _network;

        private IpPrefix(IPAddress address, int prefix)
        {
            Address = address;
            PrefixLength = prefix;
            _network = Mask(address.GetAddressBytes(), prefix);
        }

        public IPAddress Address { get; }
        public int PrefixLength { get; }
        public int Version => Address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4;

        /// <summary>Parses "address/prefix"; <paramref name="what"/> names it in the error.</summary>
        public static IpPrefix Parse(string text, string what)
        {
            var slash = text.IndexOf('/');
            if (slash < 0) throw new ArgumentException("The " + what + " '" + text + "' is not in address/prefix form, e.g. 10.0.0.0/24.");
            var address = AddressCheck.Address(text.Substring(0, slash), what);
            var max = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
            if (!int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > max)
                throw new ArgumentException("The " + what + " '" + text + "' has a prefix length that is not a number from 0 to " + max + ".");
            return new IpPrefix(address, prefix);
        }

        public bool Contains(IPAddress address)
        {
            if (address.AddressFamily != Address.AddressFamily) return false;
            var masked = Mask(address.GetAddressBytes(), PrefixLength);
            for (var i = 0; i < masked.Length; i++) if (masked[i] != _network[i]) return false;
            return true;
        }

        /// <summary>Orders two addresses of one family.</summary>
        public static int Compare(IPAddress a, IPAddress b)
        {
            var x = a.GetAddressBytes();
            var y = b.GetAddressBytes();
            if (x.Length != y.Length) return x.Length.CompareTo(y.Length);
            for (var i = 0; i < x.Length; i++) if (x[i] != y[i]) return x[i].CompareTo(y[i]);
            return 0;
        }

        private static byte[] Mask(byte[] bytes, int prefix)
        {
            var result = new byte[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                var bits = Math.Max(0, Math.Min(8, prefix - i * 8));
                result[i] = (byte)(bytes[i] & (byte)(0xFF << (8 - bits)));
            }
            return result;
        }

        public override string ToString() => Address + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Address checks shared by the option classes.</summary>
    internal static class AddressCheck
    {
        /// <summary>A literal IPv4 or IPv6 address (not a host name, not "10.1" shorthand).</summary>
        public static IPAddress Address(string text, string what)
        {
            var t = text.Trim();
            var ok = IPAddress.TryParse(t, out var address);
            // IPAddress.TryParse accepts "10.1" and "10" as IPv4 shorthand; Neutron does not.
            if (!ok || (address!.AddressFamily == AddressFamily.InterNetwork && t.Split('.').Length != 4))
                throw new ArgumentException("The " + what + " '" + text + "' is not an IP address.");
            return address!;
        }

        public static void AddressOrCidr(string text, string what)
        {
            if (text.IndexOf('/') >= 0) IpPrefix.Parse(text, what);
            else Address(text, what);
        }
    }
}
