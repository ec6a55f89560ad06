using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Network
{
    /// <summary>A Neutron agent (L3, DHCP, Open vSwitch, metadata...) on one host.</summary>
    public sealed class NetworkAgent
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("agent_type")] public string? AgentType { get; set; }
        [JsonPropertyName("binary")] public string? Binary { get; set; }
        [JsonPropertyName("host")] public string? Host { get; set; }
        [JsonPropertyName("availability_zone")] public string? AvailabilityZone { get; set; }
        /// <summary>Whether it reported in lately.</summary>
        [JsonPropertyName("alive")] public bool Alive { get; set; }
        [JsonPropertyName("admin_state_up")] public bool AdminStateUp { get; set; }
        [JsonPropertyName("heartbeat_timestamp")] public string? HeartbeatTimestamp { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString() => (AgentType ?? "agent") + "@" + Host;
    }
}
