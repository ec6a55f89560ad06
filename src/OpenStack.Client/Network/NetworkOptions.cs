using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Network
{
    /// <summary>
    /// Attributes to send when creating or updating: only what is set goes out, so an update changes nothing else.
    /// </summary>
    public abstract class NeutronOptions : ResourceOptions
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        /// <summary>Create in another project (admin).</summary>
        public string? ProjectId { get; set; }

        protected sealed override void Write(JsonObject o)
        {
            Put(o, "name", Name);
            Put(o, "description", Description);
            Put(o, "project_id", ProjectId);
            WriteOwn(o);
        }

        /// <summary>The attributes of this kind beyond name, description and project.</summary>
        protected abstract void WriteOwn(JsonObject o);
    }

    public sealed class NetworkOptions : NeutronOptions
    {
        public bool? Shared { get; set; }
        /// <summary>router:external: routers may use it as their gateway and floating IPs come from it.</summary>
        public bool? External { get; set; }
        public bool? AdminStateUp { get; set; }
        public int? Mtu { get; set; }
        public bool? PortSecurityEnabled { get; set; }
        /// <summary>flat, vlan, vxlan, gre, geneve, local (admin).</summary>
        public string? ProviderNetworkType { get; set; }
        public string? ProviderPhysicalNetwork { get; set; }
        public int? ProviderSegmentationId { get; set; }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "shared", Shared);
            Put(o, "router:external", External);
            Put(o, "admin_state_up", AdminStateUp);
            Put(o, "mtu", Mtu);
            Put(o, "port_security_enabled", PortSecurityEnabled);
            Put(o, "provider:network_type", ProviderNetworkType);
            Put(o, "provider:physical_network", ProviderPhysicalNetwork);
            Put(o, "provider:segmentation_id", ProviderSegmentationId);
        }
    }

    public sealed class RouterOptions : NeutronOptions
    {
        public bool? AdminStateUp { get; set; }
        /// <summary>The external network to route to.</summary>
        public string? ExternalNetworkId { get; set; }
        public bool? EnableSnat { get; set; }
        /// <summary>Remove the gateway (an update).</summary>
        public bool ClearExternalGateway { get; set; }
        public bool? Distributed { get; set; }
        public bool? HighAvailability { get; set; }
        /// <summary>Static routes (extraroute): the whole list, replacing the router's.</summary>
        public List<HostRoute>? Routes { get; set; }
        /// <summary>Remove every static route (an update).</summary>
        public bool ClearRoutes { get; set; }

        protected override void Validate()
        {
            if (ClearExternalGateway && ExternalNetworkId != null)
                throw new System.ArgumentException("A router cannot both get and lose its external gateway.");
            if (EnableSnat.HasValue && ExternalNetworkId == null)
                throw new System.ArgumentException("SNAT is a property of the external gateway: give its network too.");
            if (ClearRoutes && Routes != null) throw new System.ArgumentException("A router cannot both get routes and lose them all.");
            if (Routes != null) RouteCheck.Check(Routes);
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "admin_state_up", AdminStateUp);
            if (ClearExternalGateway) o["external_gateway_info"] = new JsonObject();
            else if (ExternalNetworkId != null)
            {
                var gw = new JsonObject { ["network_id"] = ExternalNetworkId };
                Put(gw, "enable_snat", EnableSnat);
                o["external_gateway_info"] = gw;
            }
            Put(o, "distributed", Distributed);
            Put(o, "ha", HighAvailability);
            if (ClearRoutes) o["routes"] = new JsonArray();
            else if (Routes != null) o["routes"] = RouteCheck.ToJson(Routes);
        }
    }

    public sealed class PortOptions : NeutronOptions
    {
        public string? NetworkId { get; set; }
        public bool? AdminStateUp { get; set; }
        /// <summary>Subnet and/or address of each fixed IP; null leaves them alone.</summary>
        public List<FixedIp>? FixedIps { get; set; }
        /// <summary>Security group ids; an empty list removes them all.</summary>
        public List<string>? SecurityGroupIds { get; set; }
        public string? MacAddress { get; set; }
        public string? DeviceId { get; set; }
        public string? DeviceOwner { get; set; }
        public List<AllowedAddressPair>? AllowedAddressPairs { get; set; }
        public bool? PortSecurityEnabled { get; set; }
        /// <summary>binding:host_id: the compute host to bind the port on (admin); "" unbinds it.</summary>
        public string? BindingHostId { get; set; }
        /// <summary>binding:vnic_type: normal, direct, macvtap, baremetal, direct-physical, virtio-forwarder, smart-nic...</summary>
        public string? BindingVnicType { get; set; }
        /// <summary>binding:profile: what the host's driver needs (admin); an empty object clears it.</summary>
        public JsonObject? BindingProfile { get; set; }

        protected override void Validate()
        {
            if (FixedIps != null)
                foreach (var f in FixedIps)
                    if (f.IpAddress != null) AddressCheck.Address(f.IpAddress, "fixed IP");
            if (AllowedAddressPairs != null)
                foreach (var p in AllowedAddressPairs) AddressCheck.AddressOrCidr(p.IpAddress ?? "", "allowed address pair");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "network_id", NetworkId);
            Put(o, "admin_state_up", AdminStateUp);
            if (FixedIps != null)
            {
                var a = new JsonArray();
                foreach (var f in FixedIps)
                {
                    var e = new JsonObject();
                    Put(e, "subnet_id", f.SubnetId);
                    Put(e, "ip_address", f.IpAddress);
                    a.Add(e);
                }
                o["fixed_ips"] = a;
            }
            if (SecurityGroupIds != null) o["security_groups"] = Strings(SecurityGroupIds);
            Put(o, "mac_address", MacAddress);
            Put(o, "device_id", DeviceId);
            Put(o, "device_owner", DeviceOwner);
            if (AllowedAddressPairs != null)
            {
                var a = new JsonArray();
                foreach (var p in AllowedAddressPairs)
                {
                    var e = new JsonObject { ["ip_address"] = p.IpAddress };
                    Put(e, "mac_address", p.MacAddress);
                    a.Add(e);
                }
                o["allowed_address_pairs"] = a;
            }
            Put(o, "port_security_enabled", PortSecurityEnabled);
            Put(o, "binding:host_id", BindingHostId);
            Put(o, "binding:vnic_type", BindingVnicType);
            if (BindingProfile != null) o["binding:profile"] = BindingProfile.DeepClone();
        }
    }

    public sealed class FloatingIpOptions : NeutronOptions
    {
        /// <summary>The external network the address comes from (create only).</summary>
        public string? FloatingNetworkId { get; set; }
        public string? FloatingIpAddress { get; set; }
        public string? PortId { get; set; }
        public string? FixedIpAddress { get; set; }
        /// <summary>Dissociate from its port (an update).</summary>
        public bool Disassociate { get; set; }

        protected override void Validate()
        {
            if (Disassociate && PortId != null) throw new System.ArgumentException("A floating IP cannot both get and lose a port.");
            if (FloatingIpAddress != null) AddressCheck.Address(FloatingIpAddress, "floating IP");
            if (FixedIpAddress != null) AddressCheck.Address(FixedIpAddress, "fixed IP");
        }

        protected override void WriteOwn(JsonObject o)
        {
            o.Remove("name"); // floating IPs have none
            Put(o, "floating_network_id", FloatingNetworkId);
            Put(o, "floating_ip_address", FloatingIpAddress);
            if (Disassociate) o["port_id"] = null;
            else Put(o, "port_id", PortId);
            Put(o, "fixed_ip_address", FixedIpAddress);
        }
    }

    public sealed class SecurityGroupOptions : NeutronOptions
    {
        /// <summary>False: a stateless group (stateful-security-group), whose rules must allow replies too.</summary>
        public bool? Stateful { get; set; }

        protected override void WriteOwn(JsonObject o) => Put(o, "stateful", Stateful);
    }

    /// <summary>Static routes of a router: a destination prefix and a next-hop address each, checked before anything is sent.</summary>
    public static class RouteCheck
    {
        public static void Check(IEnumerable<HostRoute> routes)
        {
            foreach (var r in routes)
            {
                IpPrefix.Parse(r.Destination ?? "", "route destination");
                AddressCheck.Address(r.NextHop ?? "", "route next hop");
            }
        }

        public static JsonArray ToJson(IEnumerable<HostRoute> routes)
        {
            var a = new JsonArray();
            foreach (var r in routes) a.Add(new JsonObject { ["destination"] = r.Destination, ["nexthop"] = r.NextHop });
            return a;
        }
    }

    public sealed class SecurityGroupRuleOptions : NeutronOptions
    {
        public string? SecurityGroupId { get; set; }
        /// <summary>ingress or egress.</summary>
        public string Direction { get; set; } = "ingress";
        /// <summary>IPv4 or IPv6.</summary>
        public string? EtherType { get; set; }
        /// <summary>tcp, udp, icmp, a number... null for any.</summary>
        public string? Protocol { get; set; }
        public int? PortRangeMin { get; set; }
        public int? PortRangeMax { get; set; }
        public string? RemoteIpPrefix { get; set; }
        public string? RemoteGroupId { get; set; }

        protected override void Validate()
        {
            if (RemoteIpPrefix != null && RemoteGroupId != null) throw new System.ArgumentException("A rule has a remote IP prefix or a remote group, not both.");
            if (RemoteIpPrefix != null)
            {
                var family = FamilyOf(RemoteIpPrefix);
                if (EtherType != null && !string.Equals(EtherType, family, System.StringComparison.OrdinalIgnoreCase))
                    throw new System.ArgumentException("The remote IP prefix " + RemoteIpPrefix + " is " + family + ", but the ether type asked for is " + EtherType +
                        ": leave -EtherType out (it follows the prefix) or give a prefix of that family.");
            }
            if (PortRangeMin.HasValue && PortRangeMax.HasValue && PortRangeMin > PortRangeMax)
                throw new System.ArgumentException("The port range starts at " + PortRangeMin + " but ends at " + PortRangeMax + ".");
        }

        /// <summary>"IPv4" or "IPv6" for an address or address/prefix (checked: a bad one is an ArgumentException).</summary>
        public static string FamilyOf(string addressOrCidr)
        {
            AddressCheck.AddressOrCidr(addressOrCidr, "remote IP prefix");
            var slash = addressOrCidr.IndexOf('/');
            var address = AddressCheck.Address(slash < 0 ? addressOrCidr : addressOrCidr.Substring(0, slash), "remote IP prefix");
            return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4";
        }

        protected override void WriteOwn(JsonObject o)
        {
            o.Remove("name"); // rules have none
            Put(o, "security_group_id", SecurityGroupId);
            o["direction"] = Direction.ToLowerInvariant();
            // Neutron assumes IPv4 when none is sent, and refuses an IPv6 prefix then: the prefix says which.
            Put(o, "ethertype", EtherType ?? (RemoteIpPrefix != null ? FamilyOf(RemoteIpPrefix) : null));
            Put(o, "protocol", Protocol?.ToLowerInvariant());
            Put(o, "port_range_min", PortRangeMin);
            Put(o, "port_range_max", PortRangeMax ?? PortRangeMin);
            Put(o, "remote_ip_prefix", RemoteIpPrefix);
            Put(o, "remote_group_id", RemoteGroupId);
        }
    }
}
