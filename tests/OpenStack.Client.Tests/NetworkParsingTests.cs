using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenStack.Client.Json;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Neutron's published bodies: every model reads them, colon names land on properties, the rest is kept.</summary>
    public class NetworkParsingTests
    {
        private static List<T> List<T>(string sample, string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        {
            using var doc = JsonDocument.Parse(Samples.Read("network/" + sample));
            return doc.RootElement.GetProperty(key).EnumerateArray().Select(e => e.Deserialize(type)!).ToList();
        }

        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        [Fact]
        public void Provider_networks_map_colon_attributes()
        {
            var nets = List("networks-provider-list-response.json", "networks", Json.Network);
            Assert.Equal(2, nets.Count);
            var vlan = nets.Single(n => n.ProviderNetworkType == "vlan");
            Assert.Equal("public", vlan.ProviderPhysicalNetwork);
            Assert.NotNull(vlan.ProviderSegmentationId);
            Assert.False(vlan.External);
            Assert.True(vlan.AdminStateUp);
            Assert.NotNull(vlan.ExtensionData);
            Assert.True(vlan.ExtensionData!.ContainsKey("revision_number") || vlan.ExtensionData.ContainsKey("tenant_id"));
        }

        [Fact]
        public void A_network_keeps_fields_the_client_has_no_property_for()
        {
            using var doc = JsonDocument.Parse(Samples.Read("network/network-show-response.json"));
            var net = doc.RootElement.GetProperty("network").Deserialize(Json.Network)!;
            Assert.Equal(1500, net.Mtu);
            Assert.Contains("dns_domain", net.ExtensionData!.Keys);
            // Written back, the kept fields come out again: nothing is lost on a round trip.
            var again = JsonSerializer.Serialize(net, Json.Network);
            Assert.Contains("\"dns_domain\"", again);
            Assert.Contains("\"router:external\"", again);
        }

        [Fact]
        public void Subnets_with_pools_and_routes()
        {
            var subnets = List("subnets-list-response.json", "subnets", Json.Subnet);
            Assert.All(subnets, s => Assert.NotNull(s.Cidr));
            Assert.Contains(subnets, s => s.IpVersion == 4 && s.AllocationPools!.Count > 0 && s.AllocationPools[0].Start != null);
            Assert.Equal(new[] { "10.0.0.0/24", "192.0.0.0/8" }, subnets.Select(s => s.Cidr));
        }

        [Fact]
        public void Routers_with_their_gateway_and_interface_replies()
        {
            var router = List("routers-list-response.json", "routers", Json.Router).First(r => r.Name == "router2");
            Assert.Equal("ae34051f-aa6c-4c75-abf5-50dc9ac99ef3", router.ExternalNetworkId);
            Assert.True(router.ExternalGatewayInfo!.EnableSnat);
            Assert.Equal(new[] { "172.24.4.3", "2001:db8::c" }, router.ExternalGatewayInfo.ExternalFixedIps!.Select(i => i.IpAddress));
            Assert.Equal("179.24.1.0/24 via 172.24.3.99", router.Routes!.Single().ToString());
            Assert.False(router.HighAvailability);
            Assert.Contains("conntrack_helpers", router.ExtensionData!.Keys);

            var reply = JsonSerializer.Deserialize(Samples.Read("network/router-add-interface-response.json"), Json.RouterInterface)!;
            Assert.Equal("2dc46bcc-d1f2-4077-b99e-91ee28afaff0", reply.PortId);
            Assert.Equal("a2f1f29d-571b-4533-907f-5803ab96ead1", reply.SubnetId);
            Assert.Equal("0bd18306d801447bb457a46252d82d13", reply.ProjectId);
        }

        [Fact]
        public void Ports_with_fixed_ips_and_binding_attributes()
        {
            using var doc = JsonDocument.Parse(Samples.Read("network/port-show-response.json"));
            var port = doc.RootElement.GetProperty("port").Deserialize(Json.Port)!;
            Assert.Equal("fa:16:3e:23:fd:d7", port.MacAddress);
            Assert.Equal("network:router_interface", port.DeviceOwner);
            Assert.Equal(new[] { "10.0.0.1" }, port.IpAddresses);
            Assert.Equal("a0304c3a-4f08-4c43-88af-d796509c97d2", port.FixedIps![0].SubnetId);
            Assert.Contains("dns_assignment", port.ExtensionData!.Keys);
            var ports = List("ports-list-response.json", "ports", Json.Port);
            Assert.Equal(2, ports.Count);
        }

        [Fact]
        public void Floating_ips_security_groups_and_rules()
        {
            var fips = List("floating-ips-list-response.json", "floatingips", Json.FloatingIp);
            Assert.Contains(fips, f => f.PortId == null && f.FloatingIpAddress != null);
            Assert.Contains(fips, f => f.PortId != null && f.FixedIpAddress != null);

            var groups = List("security-groups-list-response.json", "security_groups", Json.SecurityGroup);
            var group = Assert.Single(groups);
            Assert.Equal("default", group.Name);
            Assert.True(group.Rules!.Count >= 2);

            var rules = List("security-group-rules-list-response.json", "security_group_rules", Json.SecurityGroupRule);
            Assert.All(rules, r => Assert.Contains(r.Direction, new[] { "ingress", "egress" }));
            Assert.Contains(rules, r => r.RemoteGroupId != null && r.PortRangeMin == null);
            Assert.EndsWith("any", rules.First(r => r.RemoteGroupId == null && r.RemoteIpPrefix == null).ToString());
        }

        [Fact]
        public void Network_options_write_the_provider_request_shape()
        {
            var body = new NetworkOptions { Name = "net1", AdminStateUp = true, ProviderNetworkType = "vlan", ProviderPhysicalNetwork = "public", ProviderSegmentationId = 2 }.ToJson();
            var sample = JsonNode.Parse(Samples.Read("network/network-provider-create-request.json"))!["network"]!.AsObject();
            sample.Remove("qos_policy_id"); // a QoS extension the options do not cover
            Assert.True(JsonNode.DeepEquals(sample, body), body.ToJsonString());
            // Unset values are left out, so an update changes only what is given.
            Assert.Equal("{\"description\":\"x\"}", new NetworkOptions { Description = "x" }.ToJson().ToJsonString());
        }

        [Fact]
        public void Subnet_options_write_the_request_shape_and_check_addresses()
        {
            var body = new SubnetOptions { NetworkId = "d32019d3-bc6e-4319-9c1d-6722fc136a22", Cidr = "192.168.199.0/24" }.ToJson();
            var sample = JsonNode.Parse(Samples.Read("network/subnet-create-request.json"))!["subnet"]!;
            Assert.True(JsonNode.DeepEquals(sample, body), body.ToJsonString());

            var full = new SubnetOptions
            {
                Cidr = "203.0.113.0/24", GatewayIp = "203.0.113.1", EnableDhcp = false, DnsNameservers = new List<string> { "8.8.8.8" },
                AllocationPools = new List<AllocationPool> { new AllocationPool { Start = "203.0.113.100", End = "203.0.113.200" } },
            }.ToJson();
            Assert.Equal("203.0.113.100", full["allocation_pools"]![0]!["start"]!.GetValue<string>());
            Assert.False(full["enable_dhcp"]!.GetValue<bool>());
            Assert.Equal(4, full["ip_version"]!.GetValue<int>());
            var none = new SubnetOptions { NoGateway = true }.ToJson();
            Assert.True(none.ContainsKey("gateway_ip") && none["gateway_ip"] == null);
            Assert.Equal(6, new SubnetOptions { Cidr = "2001:db8::/64" }.ToJson()["ip_version"]!.GetValue<int>());
        }

        [Theory]
        [InlineData("10.0.0.0/33", "prefix length")]
        [InlineData("10.0.0.0", "address/prefix")]
        [InlineData("10.0/24", "not an IP address")]
        [InlineData("banana/24", "not an IP address")]
        public void Bad_cidrs_are_refused(string cidr, string message)
        {
            var ex = Assert.Throws<ArgumentException>(() => new SubnetOptions { Cidr = cidr }.ToJson());
            Assert.Contains(message, ex.Message);
        }

        [Fact]
        public void Addresses_outside_the_subnet_or_reversed_pools_are_refused()
        {
            Assert.Contains("outside", Assert.Throws<ArgumentException>(() => new SubnetOptions { Cidr = "10.0.0.0/24", GatewayIp = "10.0.1.1" }.ToJson()).Message);
            Assert.Contains("ends before it starts", Assert.Throws<ArgumentException>(() => new SubnetOptions
            {
                Cidr = "10.0.0.0/24", AllocationPools = new List<AllocationPool> { new AllocationPool { Start = "10.0.0.9", End = "10.0.0.5" } },
            }.ToJson()).Message);
            Assert.Contains("IPv4", Assert.Throws<ArgumentException>(() => new SubnetOptions { Cidr = "10.0.0.0/24", IpVersion = 6 }.ToJson()).Message);
            Assert.Throws<ArgumentException>(() => new SubnetOptions { GatewayIp = "10.0.0.1", NoGateway = true }.ToJson());
            Assert.True(IpPrefix.Parse("10.0.0.0/8", "x").Contains(System.Net.IPAddress.Parse("10.200.3.4")));
            Assert.False(IpPrefix.Parse("2001:db8::/32", "x").Contains(System.Net.IPAddress.Parse("10.0.0.1")));
        }

        [Fact]
        public void Router_rule_and_floating_ip_options()
        {
            Assert.Equal("{\"external_gateway_info\":{}}", new RouterOptions { ClearExternalGateway = true }.ToJson().ToJsonString());
            var gw = new RouterOptions { Name = "r", ExternalNetworkId = "ext", EnableSnat = false }.ToJson();
            Assert.Equal("{\"name\":\"r\",\"external_gateway_info\":{\"network_id\":\"ext\",\"enable_snat\":false}}", gw.ToJsonString());
            Assert.Throws<ArgumentException>(() => new RouterOptions { EnableSnat = true }.ToJson());

            var rule = new SecurityGroupRuleOptions { SecurityGroupId = "g", Protocol = "TCP", PortRangeMin = 80 }.ToJson();
            Assert.Equal("{\"security_group_id\":\"g\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"port_range_min\":80,\"port_range_max\":80}", rule.ToJsonString());
            Assert.Throws<ArgumentException>(() => new SecurityGroupRuleOptions { RemoteIpPrefix = "0.0.0.0/0", RemoteGroupId = "g" }.ToJson());

            Assert.Equal("{\"port_id\":null}", new FloatingIpOptions { Disassociate = true }.ToJson().ToJsonString());
            Assert.Throws<ArgumentException>(() => new FloatingIpOptions { FixedIpAddress = "10.0.0" }.ToJson());
        }

        [Fact]
        public void Filters_become_an_escaped_query()
        {
            Assert.Equal("", new Query().ToQueryString());
            Assert.Equal("?router%3Aexternal=true&name=a%20b&fixed_ips=ip_address%3D10.0.0.5",
                new Query().Add("router:external", true).Add("name", "a b").Add("skip", (string?)null).Add("fixed_ips", "ip_address=10.0.0.5").ToQueryString());
        }
    }
}
