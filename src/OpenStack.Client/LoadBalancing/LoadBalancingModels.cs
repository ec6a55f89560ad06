using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.LoadBalancing
{
    /// <summary>A listener: a protocol and port on a load balancer's VIP, sending its traffic to a default pool.</summary>
    public sealed class Listener
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        /// <summary>HTTP, HTTPS, TCP, UDP, SCTP, TERMINATED_HTTPS, PROMETHEUS.</summary>
        [JsonPropertyName("protocol")] public string? Protocol { get; set; }
        [JsonPropertyName("protocol_port")] public int? ProtocolPort { get; set; }
        /// <summary>-1: no limit.</summary>
        [JsonPropertyName("connection_limit")] public int? ConnectionLimit { get; set; }
        [JsonPropertyName("default_pool_id")] public string? DefaultPoolId { get; set; }
        [JsonPropertyName("loadbalancers")] public List<IdRef>? LoadBalancers { get; set; }
        [JsonPropertyName("timeout_client_data")] public int? TimeoutClientData { get; set; }
        [JsonPropertyName("timeout_member_connect")] public int? TimeoutMemberConnect { get; set; }
        [JsonPropertyName("timeout_member_data")] public int? TimeoutMemberData { get; set; }
        [JsonPropertyName("timeout_tcp_inspect")] public int? TimeoutTcpInspect { get; set; }
        [JsonPropertyName("allowed_cidrs")] public List<string>? AllowedCidrs { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        [JsonIgnore] public string? LoadBalancerId => LoadBalancers is { Count: > 0 } l ? l[0].Id : null;
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>A pool: the members traffic is balanced over, with an algorithm and a health monitor.</summary>
    public sealed class Pool
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("protocol")] public string? Protocol { get; set; }
        /// <summary>ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP, SOURCE_IP_PORT.</summary>
        [JsonPropertyName("lb_algorithm")] public string? Algorithm { get; set; }
        [JsonPropertyName("session_persistence")] public SessionPersistence? SessionPersistence { get; set; }
        [JsonPropertyName("loadbalancers")] public List<IdRef>? LoadBalancers { get; set; }
        [JsonPropertyName("listeners")] public List<IdRef>? Listeners { get; set; }
        [JsonPropertyName("members")] public List<IdRef>? Members { get; set; }
        [JsonPropertyName("healthmonitor_id")] public string? HealthMonitorId { get; set; }
        [JsonPropertyName("tls_enabled")] public bool? TlsEnabled { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        [JsonIgnore] public string? LoadBalancerId => LoadBalancers is { Count: > 0 } l ? l[0].Id : null;
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>How a pool keeps a client on one member: SOURCE_IP, HTTP_COOKIE, or APP_COOKIE with its cookie's name.</summary>
    public sealed class SessionPersistence
    {
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("cookie_name")] public string? CookieName { get; set; }
        [JsonPropertyName("persistence_timeout")] public int? PersistenceTimeout { get; set; }
        [JsonPropertyName("persistence_granularity")] public string? PersistenceGranularity { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Type + (CookieName == null ? "" : " (" + CookieName + ")");
    }

    /// <summary>A member of a pool: an address and port traffic is sent to.</summary>
    public sealed class Member
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("address")] public string? Address { get; set; }
        [JsonPropertyName("protocol_port")] public int? ProtocolPort { get; set; }
        [JsonPropertyName("subnet_id")] public string? SubnetId { get; set; }
        /// <summary>0 to 256: its share of the traffic; 0 takes no new connections.</summary>
        [JsonPropertyName("weight")] public int? Weight { get; set; }
        /// <summary>Used only when every other member is down.</summary>
        [JsonPropertyName("backup")] public bool? Backup { get; set; }
        [JsonPropertyName("monitor_address")] public string? MonitorAddress { get; set; }
        [JsonPropertyName("monitor_port")] public int? MonitorPort { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>Not sent by Octavia: the pool the member was read from.</summary>
        [JsonIgnore] public string? PoolId { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Address + ":" + ProtocolPort : Name!;
    }

    /// <summary>A health monitor: how a pool's members are checked.</summary>
    public sealed class HealthMonitor
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        /// <summary>HTTP, HTTPS, PING, TCP, TLS-HELLO, UDP-CONNECT, SCTP.</summary>
        [JsonPropertyName("type")] public string? Type { get; set; }
        /// <summary>Seconds between checks.</summary>
        [JsonPropertyName("delay")] public int? Delay { get; set; }
        /// <summary>Seconds a check may take.</summary>
        [JsonPropertyName("timeout")] public int? Timeout { get; set; }
        [JsonPropertyName("max_retries")] public int? MaxRetries { get; set; }
        [JsonPropertyName("max_retries_down")] public int? MaxRetriesDown { get; set; }
        [JsonPropertyName("http_method")] public string? HttpMethod { get; set; }
        [JsonPropertyName("http_version")] public double? HttpVersion { get; set; }
        [JsonPropertyName("url_path")] public string? UrlPath { get; set; }
        [JsonPropertyName("expected_codes")] public string? ExpectedCodes { get; set; }
        [JsonPropertyName("domain_name")] public string? DomainName { get; set; }
        [JsonPropertyName("pools")] public List<IdRef>? Pools { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        [JsonIgnore] public string? PoolId => Pools is { Count: > 0 } p ? p[0].Id : null;
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }
}
