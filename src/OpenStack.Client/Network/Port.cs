using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Network
{
    /// <summary>A Neutron port: a server's NIC, a router interface, a DHCP agent's address...</summary>
    public sealed class Port
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("network_id")] public string? NetworkId { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("admin_state_up")] public bool AdminStateUp { get; set; }
        [JsonPropertyName("mac_address")] public string? MacAddress { get; set; }
        [JsonPropertyName("fixed_ips")] public List<FixedIp>? FixedIps { get; set; }
        [JsonPropertyName("device_id")] public string? DeviceId { get; set; }
        [JsonPropertyName("device_owner")] public string? DeviceOwner { get; set; }
        [JsonPropertyName("security_groups")] public List<string>? SecurityGroups { get; set; }
        [JsonPropertyName("allowed_address_pairs")] public List<AllowedAddressPair>? AllowedAddressPairs { get; set; }
        [JsonPropertyName("port_security_enabled")] public bool? PortSecurityEnabled { get; set; }
        [JsonPropertyName("binding:host_id")] public string? BindingHostId { get; set; }
        [JsonPropertyName("binding:vnic_type")] public string? BindingVnicType { get; set; }
        [JsonPropertyName("binding:vif_type")] public string? BindingVifType { get; set; }
        /// <summary>What the host's driver needs to bind the port (PCI slot, physical network...), as Neutron holds it.</summary>
        [JsonPropertyName("binding:profile")] public Dictionary<string, JsonElement>? BindingProfile { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>Its addresses, for views and filters.</summary>
        [JsonIgnore] public IReadOnlyList<string> IpAddresses => FixedIps?.Where(f => f.IpAddress != null).Select(f => f.IpAddress!).ToList() ?? new List<string>();
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    public sealed class FixedIp
    {
        [JsonPropertyName("subnet_id")] public string? SubnetId { get; set; }
        [JsonPropertyName("ip_address")] public string? IpAddress { get; set; }
        public override string ToString() => IpAddress ?? SubnetId ?? "";
    }

    public sealed class AllowedAddressPair
    {
        [JsonPropertyName("ip_address")] public string? IpAddress { get; set; }
        [JsonPropertyName("mac_address")] public string? MacAddress { get; set; }
        public override string ToString() => IpAddress + (MacAddress != null ? " " + MacAddress : "");
    }

    /// <summary>A public address mapped to a port's fixed address.</summary>
    public sealed class FloatingIp
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("floating_ip_address")] public string? FloatingIpAddress { get; set; }
        [JsonPropertyName("floating_network_id")] public string? FloatingNetworkId { get; set; }
        [JsonPropertyName("fixed_ip_address")] public string? FixedIpAddress { get; set; }
        [JsonPropertyName("port_id")] public string? PortId { get; set; }
        [JsonPropertyName("router_id")] public string? RouterId { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("dns_name")] public string? DnsName { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => FloatingIpAddress ?? Id;
    }
}
