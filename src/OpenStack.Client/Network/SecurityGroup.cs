using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Network
{
    /// <summary>A set of firewall rules applied to ports.</summary>
    public sealed class SecurityGroup
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("stateful")] public bool? Stateful { get; set; }
        [JsonPropertyName("security_group_rules")] public List<SecurityGroupRule>? Rules { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>One rule: direction, protocol, ports and where traffic may come from or go to.</summary>
    public sealed class SecurityGroupRule
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("security_group_id")] public string? SecurityGroupId { get; set; }
        [JsonPropertyName("direction")] public string? Direction { get; set; }
        [JsonPropertyName("ethertype")] public string? EtherType { get; set; }
        [JsonPropertyName("protocol")] public string? Protocol { get; set; }
        [JsonPropertyName("port_range_min")] public int? PortRangeMin { get; set; }
        [JsonPropertyName("port_range_max")] public int? PortRangeMax { get; set; }
        [JsonPropertyName("remote_ip_prefix")] public string? RemoteIpPrefix { get; set; }
        [JsonPropertyName("remote_group_id")] public string? RemoteGroupId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString()
        {
            var ports = PortRangeMin == null ? "" : PortRangeMin == PortRangeMax ? ":" + PortRangeMin : ":" + PortRangeMin + "-" + PortRangeMax;
            return Direction + " " + EtherType + " " + (Protocol ?? "any") + ports + " " + (RemoteIpPrefix ?? RemoteGroupId ?? "any");
        }
    }
}
