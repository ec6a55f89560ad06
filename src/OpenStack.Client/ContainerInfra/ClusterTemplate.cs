using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.ContainerInfra
{
    /// <summary>A Magnum cluster template (formerly "baymodel"): how clusters of one kind are built.</summary>
    public sealed class ClusterTemplate
    {
        [JsonPropertyName("uuid")] public string Uuid { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        /// <summary>kubernetes, swarm, mesos...</summary>
        [JsonPropertyName("coe")] public string? Coe { get; set; }
        [JsonPropertyName("image_id")] public string? ImageId { get; set; }
        [JsonPropertyName("keypair_id")] public string? KeypairId { get; set; }
        [JsonPropertyName("external_network_id")] public string? ExternalNetworkId { get; set; }
        [JsonPropertyName("fixed_network")] public string? FixedNetwork { get; set; }
        [JsonPropertyName("fixed_subnet")] public string? FixedSubnet { get; set; }
        [JsonPropertyName("dns_nameserver")] public string? DnsNameserver { get; set; }
        [JsonPropertyName("flavor_id")] public string? FlavorId { get; set; }
        [JsonPropertyName("master_flavor_id")] public string? MasterFlavorId { get; set; }
        [JsonPropertyName("docker_volume_size")] public int? DockerVolumeSize { get; set; }
        [JsonPropertyName("docker_storage_driver")] public string? DockerStorageDriver { get; set; }
        [JsonPropertyName("network_driver")] public string? NetworkDriver { get; set; }
        [JsonPropertyName("volume_driver")] public string? VolumeDriver { get; set; }
        [JsonPropertyName("labels")] public Dictionary<string, string>? Labels { get; set; }
        [JsonPropertyName("public")] public bool Public { get; set; }
        [JsonPropertyName("hidden")] public bool? Hidden { get; set; }
        [JsonPropertyName("tls_disabled")] public bool TlsDisabled { get; set; }
        [JsonPropertyName("floating_ip_enabled")] public bool? FloatingIpEnabled { get; set; }
        [JsonPropertyName("master_lb_enabled")] public bool? MasterLbEnabled { get; set; }
        [JsonPropertyName("server_type")] public string? ServerType { get; set; }
        [JsonPropertyName("registry_enabled")] public bool? RegistryEnabled { get; set; }
        [JsonPropertyName("http_proxy")] public string? HttpProxy { get; set; }
        [JsonPropertyName("https_proxy")] public string? HttpsProxy { get; set; }
        [JsonPropertyName("no_proxy")] public string? NoProxy { get; set; }
        [JsonPropertyName("cluster_distro")] public string? ClusterDistro { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>The uuid, under the name every other resource uses.</summary>
        [JsonIgnore] public string Id => Uuid;
        public override string ToString() => Name ?? Uuid;
    }
}
