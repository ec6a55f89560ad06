using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Network
{
    /// <summary>A Neutron router.</summary>
    public sealed class Router
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("admin_state_up")] public bool AdminStateUp { get; set; }
        [JsonPropertyName("external_gateway_info")] public ExternalGatewayInfo? ExternalGatewayInfo { get; set; }
        [JsonPropertyName("distributed")] public bool? Distributed { get; set; }
        [JsonPropertyName("ha")] public bool? HighAvailability { get; set; }
        [JsonPropertyName("routes")] public List<HostRoute>? Routes { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>The external network of the gateway, if any.</summary>
        [JsonIgnore] public string? ExternalNetworkId => ExternalGatewayInfo?.NetworkId;
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    public sealed class ExternalGatewayInfo
    {
        [JsonPropertyName("network_id")] public string? NetworkId { get; set; }
        [JsonPropertyName("enable_snat")] public bool? EnableSnat { get; set; }
        [JsonPropertyName("external_fixed_ips")] public List<FixedIp>? ExternalFixedIps { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => NetworkId + (ExternalFixedIps is { Count: > 0 } ips ? " (" + string.Join(", ", ips.Select(i => i.IpAddress)) + ")" : "");
    }

    /// <summary>The reply to adding or removing a router interface.</summary>
    public sealed class RouterInterface
    {
        [JsonPropertyName("id")] public string? RouterId { get; set; }
        [JsonPropertyName("subnet_id")] public string? SubnetId { get; set; }
        [JsonPropertyName("subnet_ids")] public List<string>? SubnetIds { get; set; }
        [JsonPropertyName("port_id")] public string? PortId { get; set; }
        [JsonPropertyName("network_id")] public string? NetworkId { get; set; }
        /// <summary>Neutron names it tenant_id here.</summary>
        [JsonPropertyName("tenant_id")] public string? ProjectId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => RouterId + " port " + PortId;
    }
}
