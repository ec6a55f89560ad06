using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>A Cinder volume. Every field the service sent is kept.</summary>
    public sealed class Volume
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        /// <summary>Size in GB.</summary>
        [JsonPropertyName("size")] public int Size { get; set; }
        [JsonPropertyName("volume_type")] public string? VolumeType { get; set; }
        [JsonPropertyName("availability_zone")] public string? AvailabilityZone { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("attachments")] public List<VolumeServerAttachment>? Attachments { get; set; }
        [JsonPropertyName("bootable")] [JsonConverter(typeof(LenientBoolConverter))] public bool Bootable { get; set; }
        [JsonPropertyName("encrypted")] public bool? Encrypted { get; set; }
        [JsonPropertyName("multiattach")] public bool? Multiattach { get; set; }
        [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
        [JsonPropertyName("snapshot_id")] public string? SnapshotId { get; set; }
        [JsonPropertyName("source_volid")] public string? SourceVolumeId { get; set; }
        [JsonPropertyName("volume_image_metadata")] public Dictionary<string, string>? ImageMetadata { get; set; }
        [JsonPropertyName("os-vol-tenant-attr:tenant_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The servers it is attached to.</summary>
        [JsonIgnore]
        public IReadOnlyList<string> AttachedTo => Attachments?.Where(a => a.ServerId != null).Select(a => a.ServerId!).ToList() ?? new List<string>();

        public override string ToString() => Name ?? Id;
    }

    public sealed class VolumeServerAttachment
    {
        [JsonPropertyName("server_id")] public string? ServerId { get; set; }
        [JsonPropertyName("device")] public string? Device { get; set; }
        [JsonPropertyName("attachment_id")] public string? AttachmentId { get; set; }
        public override string ToString() => ServerId + (Device != null ? " at " + Device : "");
    }

    /// <summary>A point-in-time copy of a volume.</summary>
    public sealed class VolumeSnapshot
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("size")] public int Size { get; set; }
        [JsonPropertyName("volume_id")] public string? VolumeId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
        [JsonPropertyName("os-extended-snapshot-attributes:progress")] public string? Progress { get; set; }
        [JsonPropertyName("os-extended-snapshot-attributes:project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A kind of volume the cloud offers (a backend and its settings).</summary>
    public sealed class VolumeType
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("os-volume-type-access:is_public")] public bool? IsPublic { get; set; }
        [JsonPropertyName("extra_specs")] public Dictionary<string, string>? ExtraSpecs { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name;
    }
}
