using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json.Nodes;

namespace OpenStack.Client.Network
{
    /// <summary>A subnet to create or the changes to one; CIDR and addresses are checked before anything is sent.</summary>
    public sealed class SubnetOptions : NeutronOptions
    {
        public string? NetworkId { get; set; }
        /// <summary>"10.0.0.0/24"; may be left out when a subnet pool is given.</summary>
        public string? Cidr { get; set; }
        /// <summary>4 or 6; by default the CIDR's.</summary>
        public int? IpVersion { get; set; }
        public string? GatewayIp { get; set; }
        /// <summary>No gateway at all (gateway_ip null).</summary>
        public bool NoGateway { get; set; }
        public List<string>? DnsNameservers { get; set; }
        public List<AllocationPool>? AllocationPools { get; set; }
        public bool? EnableDhcp { get; set; }
        public List<HostRoute>? HostRoutes { get; set; }
        public string? SubnetPoolId { get; set; }
        /// <summary>The size of the CIDR to take from the pool (prefixlen); by default the pool's.</summary>
        public int? PrefixLength { get; set; }
        /// <summary>Device owners (network:router_gateway, compute:nova...) whose ports alone take addresses here; empty: any.</summary>
        public List<string>? ServiceTypes { get; set; }
        /// <summary>slaac, dhcpv6-stateful, dhcpv6-stateless.</summary>
        public string? Ipv6RaMode { get; set; }
        public string? Ipv6AddressMode { get; set; }

        protected override void Validate()
        {
            if (NoGateway && GatewayIp != null) throw new ArgumentException("A subnet cannot have a gateway and no gateway.");
            if (PrefixLength.HasValue)
            {
                if (SubnetPoolId == null) throw new ArgumentException("A prefix length sizes a CIDR taken from a subnet pool: give the pool too.");
                if (Cidr != null) throw new ArgumentException("Give the subnet's CIDR or the prefix length to take from the pool, not both.");
                if (PrefixLength < 0 || PrefixLength > 128) throw new ArgumentException("The prefix length " + PrefixLength + " is not from 0 to 128.");
            }
            IpPrefix? range = null;
            if (Cidr != null)
            {
                range = IpPrefix.Parse(Cidr, "CIDR");
                if (IpVersion.HasValue && IpVersion != range.Version)
                    throw new ArgumentException("The CIDR " + Cidr + " is IPv" + range.Version + " but the IP version given is " + IpVersion + ".");
            }
            if (IpVersion.HasValue && IpVersion != 4 && IpVersion != 6) throw new ArgumentException("The IP version is 4 or 6, not " + IpVersion + ".");
            if (GatewayIp != null) InRange(range, AddressCheck.Address(GatewayIp, "gateway IP"), "gateway IP " + GatewayIp);
            if (DnsNameservers != null) foreach (var d in DnsNameservers) AddressCheck.Address(d, "DNS nameserver");
            if (AllocationPools != null)
                foreach (var p in AllocationPools)
                {
                    var start = AddressCheck.Address(p.Start ?? "", "allocation pool start");
                    var end = AddressCheck.Address(p.End ?? "", "allocation pool end");
                    InRange(range, start, "allocation pool start " + p.Start);
                    InRange(range, end, "allocation pool end " + p.End);
                    if (IpPrefix.Compare(start, end) > 0) throw new ArgumentException("The allocation pool " + p.Start + "-" + p.End + " ends before it starts.");
                }
            if (HostRoutes != null)
                foreach (var r in HostRoutes)
                {
                    IpPrefix.Parse(r.Destination ?? "", "host route destination");
                    AddressCheck.Address(r.NextHop ?? "", "host route next hop");
                }
        }

        private static void InRange(IpPrefix? range, IPAddress address, string what)
        {
            if (range != null && !range.Contains(address)) throw new ArgumentException("The " + what + " is outside the subnet " + range + ".");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "network_id", NetworkId);
            Put(o, "cidr", Cidr);
            var version = IpVersion ?? (Cidr != null ? IpPrefix.Parse(Cidr, "CIDR").Version : (int?)null);
            Put(o, "ip_version", version);
            if (NoGateway) o["gateway_ip"] = null;
            else Put(o, "gateway_ip", GatewayIp);
            if (DnsNameservers != null) o["dns_nameservers"] = Strings(DnsNameservers);
            if (AllocationPools != null)
            {
                var a = new JsonArray();
                foreach (var p in AllocationPools) a.Add(new JsonObject { ["start"] = p.Start, ["end"] = p.End });
                o["allocation_pools"] = a;
            }
            Put(o, "enable_dhcp", EnableDhcp);
            if (HostRoutes != null)
            {
                var a = new JsonArray();
                foreach (var r in HostRoutes) a.Add(new JsonObject { ["destination"] = r.Destination, ["nexthop"] = r.NextHop });
                o["host_routes"] = a;
            }
            Put(o, "subnetpool_id", SubnetPoolId);
            Put(o, "prefixlen", PrefixLength);
            if (ServiceTypes != null) o["service_types"] = Strings(ServiceTypes);
            Put(o, "ipv6_ra_mode", Ipv6RaMode);
            Put(o, "ipv6_address_mode", Ipv6AddressMode);
        }
    }
}
