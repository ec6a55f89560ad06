using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.ContainerInfra
{
    /// <summary>A Magnum cluster (formerly "bay"): masters and nodes built from a template.</summary>
    public sealed class Cluster
    {
        [JsonPropertyName("uuid")] public string Uuid { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        /// <summary>CREATE_IN_PROGRESS, CREATE_COMPLETE, CREATE_FAILED, UPDATE_..., DELETE_...</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("status_reason")] public string? StatusReason { get; set; }
        [JsonPropertyName("cluster_template_id")] public string? ClusterTemplateId { get; set; }
        [JsonPropertyName("node_count")] public int? NodeCount { get; set; }
        [JsonPropertyName("master_count")] public int? MasterCount { get; set; }
        [JsonPropertyName("api_address")] public string? ApiAddress { get; set; }
        [JsonPropertyName("coe_version")] public string? CoeVersion { get; set; }
        [JsonPropertyName("master_addresses")] public List<string>? MasterAddresses { get; set; }
        [JsonPropertyName("node_addresses")] public List<string>? NodeAddresses { get; set; }
        [JsonPropertyName("stack_id")] public string? StackId { get; set; }
        [JsonPropertyName("keypair")] public string? Keypair { get; set; }
        /// <summary>Minutes.</summary>
        [JsonPropertyName("create_timeout")] public int? CreateTimeout { get; set; }
        [JsonPropertyName("labels")] public Dictionary<string, string>? Labels { get; set; }
        [JsonPropertyName("health_status")] public string? Health { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        [JsonIgnore] public string Id => Uuid;
        public override string ToString() => Name ?? Uuid;
    }

    /// <summary>A group of a cluster's nodes sharing flavor and image (microversion 1.9+).</summary>
    public sealed class NodeGroup
    {
        [JsonPropertyName("uuid")] public string Uuid { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("cluster_id")] public string? ClusterId { get; set; }
        /// <summary>master or worker.</summary>
        [JsonPropertyName("role")] public string? Role { get; set; }
        [JsonPropertyName("node_count")] public int? NodeCount { get; set; }
        [JsonPropertyName("min_node_count")] public int? MinNodeCount { get; set; }
        [JsonPropertyName("max_node_count")] public int? MaxNodeCount { get; set; }
        [JsonPropertyName("flavor_id")] public string? FlavorId { get; set; }
        [JsonPropertyName("image_id")] public string? ImageId { get; set; }
        [JsonPropertyName("is_default")] public bool? IsDefault { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("status_reason")] public string? StatusReason { get; set; }
        [JsonPropertyName("node_addresses")] public List<string>? NodeAddresses { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        [JsonIgnore] public string Id => Uuid;
        public override string ToString() => Name ?? Uuid;
    }
}
