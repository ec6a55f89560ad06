using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Compute
{
    /// <summary>A compute node as Nova reports it (2.53+: the id is the node's UUID, also its Placement resource provider).</summary>
    public sealed class Hypervisor
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("hypervisor_hostname")] public string? Name { get; set; }
        /// <summary>up or down: whether its nova-compute reports in.</summary>
        [JsonPropertyName("state")] public string? State { get; set; }
        /// <summary>enabled or disabled: whether the scheduler may place servers on it.</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("hypervisor_type")] public string? HypervisorType { get; set; }
        [JsonPropertyName("hypervisor_version")] public long? HypervisorVersion { get; set; }
        [JsonPropertyName("host_ip")] public string? HostIp { get; set; }
        [JsonPropertyName("service")] public HypervisorService? Service { get; set; }
        /// <summary>The servers on it (asked for with with_servers); null when Nova was not asked.</summary>
        [JsonPropertyName("servers")] public List<HypervisorServer>? Servers { get; set; }
        [JsonPropertyName("uptime")] public string? Uptime { get; set; }

        // Nova sends these up to 2.87; from 2.88 they come from Placement (see ComputeClient.AddCapacityAsync).
        [JsonPropertyName("vcpus")] public int? Vcpus { get; set; }
        [JsonPropertyName("vcpus_used")] public int? VcpusUsed { get; set; }
        [JsonPropertyName("memory_mb")] public long? MemoryMb { get; set; }
        [JsonPropertyName("memory_mb_used")] public long? MemoryMbUsed { get; set; }
        [JsonPropertyName("local_gb")] public long? LocalGb { get; set; }
        [JsonPropertyName("local_gb_used")] public long? LocalGbUsed { get; set; }
        [JsonPropertyName("running_vms")] public int? RunningVms { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The compute service's host name (usually the same as the node's name).</summary>
        [JsonIgnore] public string? Host => Service?.Host;
        /// <summary>How many servers run on it: Nova's count, or the servers it listed.</summary>
        [JsonIgnore] public int? ServerCount => RunningVms ?? Servers?.Count;

        public override string ToString() => Name ?? Id;
    }

    public sealed class HypervisorService
    {
        [JsonPropertyName("host")] public string? Host { get; set; }
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("disabled_reason")] public string? DisabledReason { get; set; }
        public override string ToString() => Host ?? "";
    }

    public sealed class HypervisorServer
    {
        [JsonPropertyName("uuid")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A Nova service (nova-compute, nova-scheduler, nova-conductor) on one host; 2.53+ ids are UUIDs.</summary>
    public sealed class ComputeService
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("binary")] public string? Binary { get; set; }
        [JsonPropertyName("host")] public string? Host { get; set; }
        [JsonPropertyName("zone")] public string? Zone { get; set; }
        /// <summary>enabled or disabled.</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        /// <summary>up or down.</summary>
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("disabled_reason")] public string? DisabledReason { get; set; }
        /// <summary>Marked down by an operator (2.11+), so that its servers may be evacuated at once.</summary>
        [JsonPropertyName("forced_down")] public bool? ForcedDown { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString() => Binary + "@" + Host;
    }

    /// <summary>A host aggregate: hosts grouped under metadata, optionally exposed as an availability zone.</summary>
    public sealed class Aggregate
    {
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("uuid")] public string? Uuid { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("availability_zone")] public string? AvailabilityZone { get; set; }
        [JsonPropertyName("hosts")] public List<string>? Hosts { get; set; }
        [JsonPropertyName("metadata")] public Dictionary<string, string?>? Metadata { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The metadata an operator set: Nova also keeps the availability zone there.</summary>
        [JsonIgnore]
        public IReadOnlyDictionary<string, string?> Properties =>
            (Metadata ?? new Dictionary<string, string?>()).Where(kv => kv.Key != "availability_zone").ToDictionary(kv => kv.Key, kv => kv.Value);

        public override string ToString() => Name ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One migration of a server (cold, live, resize or evacuation) as Nova records it.</summary>
    public sealed class ServerMigration
    {
        [JsonPropertyName("id")] public long Id { get; set; }
        [JsonPropertyName("uuid")] public string? Uuid { get; set; }
        [JsonPropertyName("instance_uuid")] public string? ServerId { get; set; }
        /// <summary>migration, live-migration, resize or evacuation.</summary>
        [JsonPropertyName("migration_type")] public string? MigrationType { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("source_compute")] public string? SourceHost { get; set; }
        [JsonPropertyName("dest_compute")] public string? DestinationHost { get; set; }
        [JsonPropertyName("source_node")] public string? SourceNode { get; set; }
        [JsonPropertyName("dest_node")] public string? DestinationNode { get; set; }
        [JsonPropertyName("old_instance_type_id")] public long? OldFlavorId { get; set; }
        [JsonPropertyName("new_instance_type_id")] public long? NewFlavorId { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>Whether Nova is done with it: it completed (done, finished, confirmed...) or failed.</summary>
        [JsonIgnore] public bool IsOver => Status != null && (Finished.Contains(Status) || Failures.Contains(Status));

        /// <summary>Statuses after which nothing more happens, well or badly.</summary>
        public static readonly string[] Finished = { "completed", "done", "finished", "confirmed", "reverted" };
        public static readonly string[] Failures = { "error", "failed", "cancelled" };

        public override string ToString() => (MigrationType ?? "migration") + " " + (Uuid ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
