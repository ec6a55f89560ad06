using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Network
{
    /// <summary>A Neutron network. Every field the service sent is kept.</summary>
    public sealed class Network
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("admin_state_up")] public bool AdminStateUp { get; set; }
        [JsonPropertyName("shared")] public bool Shared { get; set; }
        [JsonPropertyName("router:external")] public bool External { get; set; }
        [JsonPropertyName("mtu")] public int? Mtu { get; set; }
        [JsonPropertyName("port_security_enabled")] public bool? PortSecurityEnabled { get; set; }
        [JsonPropertyName("provider:network_type")] public string? ProviderNetworkType { get; set; }
        [JsonPropertyName("provider:physical_network")] public string? ProviderPhysicalNetwork { get; set; }
        [JsonPropertyName("provider:segmentation_id")] public int? ProviderSegmentationId { get; set; }
        [JsonPropertyName("subnets")] public List<string>? Subnets { get; set; }
        [JsonPropertyName("availability_zones")] public List<string>? AvailabilityZones { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>An IP range of a network.</summary>
    public sealed class Subnet
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("network_id")] public string? NetworkId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("cidr")] public string? Cidr { get; set; }
        [JsonPropertyName("ip_version")] public int IpVersion { get; set; }
        [JsonPropertyName("gateway_ip")] public string? GatewayIp { get; set; }
        [JsonPropertyName("enable_dhcp")] public bool EnableDhcp { get; set; }
        [JsonPropertyName("dns_nameservers")] public List<string>? DnsNameservers { get; set; }
        [JsonPropertyName("allocation_pools")] public List<AllocationPool>? AllocationPools { get; set; }
        [JsonPropertyName("host_routes")] public List<HostRoute>? HostRoutes { get; set; }
        [JsonPropertyName("subnetpool_id")] public string? SubnetPoolId { get; set; }
        /// <summary>The device owners whose ports may take addresses from it (subnet-service-types); empty: any.</summary>
        [JsonPropertyName("service_types")] public List<string>? ServiceTypes { get; set; }
        [JsonPropertyName("ipv6_ra_mode")] public string? Ipv6RaMode { get; set; }
        [JsonPropertyName("ipv6_address_mode")] public string? Ipv6AddressMode { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    public sealed class AllocationPool
    {
        [JsonPropertyName("start")] public string? Start { get; set; }
        [JsonPropertyName("end")] public string? End { get; set; }
        public override string ToString() => Start + "-" + End;
    }

    public sealed class HostRoute
    {
        [JsonPropertyName("destination")] public string? Destination { get; set; }
        [JsonPropertyName("nexthop")] public string? NextHop { get; set; }
        public override string ToString() => Destination + " via " + NextHop;
    }
}
