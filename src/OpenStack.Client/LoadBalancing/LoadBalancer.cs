using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.LoadBalancing
{
    /// <summary>An Octavia load balancer: a virtual IP on a subnet, with listeners and pools beneath it.</summary>
    public sealed class LoadBalancer
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        /// <summary>ACTIVE, PENDING_CREATE, PENDING_UPDATE, PENDING_DELETE, DELETED or ERROR: where the last change is.</summary>
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        /// <summary>ONLINE, OFFLINE, DEGRADED, ERROR, NO_MONITOR: what the health monitors see.</summary>
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("vip_address")] public string? VipAddress { get; set; }
        [JsonPropertyName("vip_port_id")] public string? VipPortId { get; set; }
        [JsonPropertyName("vip_subnet_id")] public string? VipSubnetId { get; set; }
        [JsonPropertyName("vip_network_id")] public string? VipNetworkId { get; set; }
        [JsonPropertyName("vip_qos_policy_id")] public string? VipQosPolicyId { get; set; }
        [JsonPropertyName("provider")] public string? Provider { get; set; }
        [JsonPropertyName("flavor_id")] public string? FlavorId { get; set; }
        [JsonPropertyName("availability_zone")] public string? AvailabilityZone { get; set; }
        [JsonPropertyName("listeners")] public List<IdRef>? Listeners { get; set; }
        [JsonPropertyName("pools")] public List<IdRef>? Pools { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>An Octavia flavor: what a load balancer is built as (its topology, the amphora image...), set by administrators.</summary>
    public sealed class LoadBalancerFlavor
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        [JsonPropertyName("flavor_profile_id")] public string? FlavorProfileId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>A reference Octavia lists by id alone ({"id": "..."}).</summary>
    public sealed class IdRef
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Id;
    }

    /// <summary>The traffic counters of a load balancer (GET loadbalancers/{id}/stats).</summary>
    public sealed class LoadBalancerStatistics
    {
        /// <summary>Not sent by Octavia: the load balancer asked about.</summary>
        [JsonPropertyName("loadbalancer_id")] public string? LoadBalancerId { get; set; }
        [JsonPropertyName("active_connections")] public long ActiveConnections { get; set; }
        [JsonPropertyName("total_connections")] public long TotalConnections { get; set; }
        [JsonPropertyName("bytes_in")] public long BytesIn { get; set; }
        [JsonPropertyName("bytes_out")] public long BytesOut { get; set; }
        [JsonPropertyName("request_errors")] public long RequestErrors { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
    }

    /// <summary>
    /// One object of a load balancer's status tree (GET loadbalancers/{id}/status): its statuses and the objects beneath
    /// it. The same type at every level, so a tree can be walked (and filtered) without knowing its depth.
    /// </summary>
    public sealed class LoadBalancerStatusNode
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        /// <summary>Health monitors, members: their type (HTTP...) and address in the tree.</summary>
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("address")] public string? Address { get; set; }
        [JsonPropertyName("protocol_port")] public int? ProtocolPort { get; set; }
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("listeners")] public List<LoadBalancerStatusNode>? Listeners { get; set; }
        [JsonPropertyName("pools")] public List<LoadBalancerStatusNode>? Pools { get; set; }
        [JsonPropertyName("members")] public List<LoadBalancerStatusNode>? Members { get; set; }
        [JsonPropertyName("health_monitor")] public LoadBalancerStatusNode? HealthMonitor { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>What it is: load balancer, listener, pool, member or health monitor (set when the tree is read).</summary>
        [JsonIgnore] public string Kind { get; set; } = "";
        /// <summary>Its place in the tree: "web-lb/http/web-pool/member1".</summary>
        [JsonIgnore] public string Path { get; set; } = "";

        /// <summary>This object and every one beneath it, parents first.</summary>
        [JsonIgnore]
        public IEnumerable<LoadBalancerStatusNode> All
        {
            get
            {
                yield return this;
                foreach (var child in Children.SelectMany(c => c.All)) yield return child;
            }
        }

        [JsonIgnore]
        internal IEnumerable<LoadBalancerStatusNode> Children =>
            (Listeners ?? Enumerable.Empty<LoadBalancerStatusNode>()).Concat(Pools ?? Enumerable.Empty<LoadBalancerStatusNode>())
                .Concat(HealthMonitor == null ? Enumerable.Empty<LoadBalancerStatusNode>() : new[] { HealthMonitor })
                .Concat(Members ?? Enumerable.Empty<LoadBalancerStatusNode>());

        /// <summary>Names each object's kind and path, from this one (the load balancer) down.</summary>
        internal void Label(string kind, string parentPath)
        {
            Kind = kind;
            var own = string.IsNullOrEmpty(Name) ? (Address != null ? Address + ":" + ProtocolPort : Id) : Name!;
            Path = parentPath.Length == 0 ? own : parentPath + "/" + own;
            foreach (var l in Listeners ?? new List<LoadBalancerStatusNode>()) l.Label("listener", Path);
            foreach (var p in Pools ?? new List<LoadBalancerStatusNode>()) p.Label("pool", Path);
            HealthMonitor?.Label("health monitor", Path);
            foreach (var m in Members ?? new List<LoadBalancerStatusNode>()) m.Label("member", Path);
        }

        public override string ToString() => Kind + " " + Path + ": " + ProvisioningStatus + "/" + OperatingStatus;
    }
}
