using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Compute
{
    /// <summary>
    /// One thing done to a server (Nova's instance action: create, stop, resize...), found by the request id that asked
    /// for it, with the steps the services took (its events) when read one by one.
    /// </summary>
    public sealed class ServerEvent
    {
        [JsonPropertyName("action")] public string Action { get; set; } = "";
        [JsonPropertyName("request_id")] public string RequestId { get; set; } = "";
        [JsonPropertyName("instance_uuid")] public string? ServerId { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("start_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? StartTime { get; set; }
        /// <summary>When Nova last changed the action (2.58+).</summary>
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        /// <summary>Nova's message when the action failed ("Error"), else null.</summary>
        [JsonPropertyName("message")] public string? Message { get; set; }
        /// <summary>The steps; only in the answer for one action (non-admins see them from 2.51).</summary>
        [JsonPropertyName("events")] public List<ServerEventStep>? Events { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>When the last step finished; null while one is still running or none is known.</summary>
        [JsonIgnore]
        public DateTimeOffset? FinishTime => Events == null || Events.Count == 0 || Events.Any(e => e.FinishTime == null) ? null : Events.Max(e => e.FinishTime);

        /// <summary>Error if a step failed, Success when every step succeeded, Running while one runs; null when the steps are unknown.</summary>
        [JsonIgnore]
        public string? Result =>
            Events == null || Events.Count == 0 ? (Message != null ? "Error" : null)
            : Events.Any(e => string.Equals(e.Result, "Error", StringComparison.OrdinalIgnoreCase)) ? "Error"
            : Events.Any(e => e.FinishTime == null) ? "Running"
            : "Success";

        public override string ToString() => Action + " " + RequestId;
    }

    /// <summary>A step of a server action, as the service that took it reported it.</summary>
    public sealed class ServerEventStep
    {
        [JsonPropertyName("event")] public string Event { get; set; } = "";
        [JsonPropertyName("start_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? StartTime { get; set; }
        [JsonPropertyName("finish_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? FinishTime { get; set; }
        /// <summary>Success or Error; null while it runs.</summary>
        [JsonPropertyName("result")] public string? Result { get; set; }
        /// <summary>Admins only (and to everyone before 2.51).</summary>
        [JsonPropertyName("traceback")] public string? Traceback { get; set; }
        /// <summary>The compute host (2.62+; admins see <c>host</c>).</summary>
        [JsonPropertyName("host")] public string? Host { get; set; }
        [JsonPropertyName("hostId")] public string? HostId { get; set; }
        /// <summary>Why it failed, in words a user may see (2.84+).</summary>
        [JsonPropertyName("details")] public string? Details { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Event + (Result != null ? ": " + Result : "");
    }

    /// <summary>Where to open a server's console (remote-consoles, compute 2.6+).</summary>
    public sealed class ConsoleUrl
    {
        /// <summary>novnc, xvpvnc, spice-html5, rdp-html5, serial, webmks.</summary>
        [JsonPropertyName("type")] public string Type { get; set; } = "";
        /// <summary>vnc, spice, rdp, serial, mks.</summary>
        [JsonPropertyName("protocol")] public string Protocol { get; set; } = "";
        /// <summary>Holds a short-lived token that opens the console: kept out of traces and of ToString().</summary>
        [JsonPropertyName("url")] public string Url { get; set; } = "";
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>The server it opens (not in Nova's answer).</summary>
        [JsonIgnore] public string? ServerId { get; set; }
        public override string ToString() => Type + " console of server " + ServerId;
    }

    /// <summary>A network interface of a server (os-interface): a Neutron port plugged into it.</summary>
    public sealed class ServerInterface
    {
        [JsonPropertyName("port_id")] public string PortId { get; set; } = "";
        [JsonPropertyName("net_id")] public string? NetworkId { get; set; }
        [JsonPropertyName("mac_addr")] public string? MacAddress { get; set; }
        /// <summary>The port's status as Neutron has it (ACTIVE, DOWN, BUILD).</summary>
        [JsonPropertyName("port_state")] public string? PortState { get; set; }
        [JsonPropertyName("fixed_ips")] public List<InterfaceFixedIp>? FixedIps { get; set; }
        /// <summary>The device tag given at attach (2.70+).</summary>
        [JsonPropertyName("tag")] public string? Tag { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>The server (not in Nova's answer).</summary>
        [JsonIgnore] public string? ServerId { get; set; }
        [JsonIgnore] public IReadOnlyList<string> IpAddresses => FixedIps?.Where(f => f.IpAddress != null).Select(f => f.IpAddress!).ToList() ?? new List<string>();
        public override string ToString() => PortId;
    }

    public sealed class InterfaceFixedIp
    {
        [JsonPropertyName("subnet_id")] public string? SubnetId { get; set; }
        [JsonPropertyName("ip_address")] public string? IpAddress { get; set; }
        public override string ToString() => IpAddress ?? "";
    }
}
