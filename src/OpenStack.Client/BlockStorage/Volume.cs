using System;
using System.Collections.Generic;
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
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    public sealed class VolumeServerAttachment
    {
        [JsonPropertyName("server_id")] public string? ServerId { get; set; }
        [JsonPropertyName("device")] public string? Device { get; set; }
        [JsonPropertyName("attachment_id")] public string? AttachmentId { get; set; }
        public override string ToString() => ServerId + (Device != null ? " at " + Device : "");
    }

    /// <summary>{"volume": {...}}</summary>
    public sealed class VolumeResponse
    {
        [JsonPropertyName("volume")] public Volume? Volume { get; set; }
    }
}
