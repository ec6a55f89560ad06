using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Image
{
    /// <summary>A Glance v2 image. Custom properties arrive as top-level fields: they are kept and shown in <see cref="Properties"/>.</summary>
    public sealed class Image
    {
        private static readonly HashSet<string> GlanceFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "self", "file", "schema", "locations", "direct_url", "stores",
        };

        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        /// <summary>queued, saving, uploading, importing, active, deactivated, killed, deleted, pending_delete.</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("visibility")] public string? Visibility { get; set; }
        [JsonPropertyName("disk_format")] public string? DiskFormat { get; set; }
        [JsonPropertyName("container_format")] public string? ContainerFormat { get; set; }
        /// <summary>Bytes of image data; null before upload.</summary>
        [JsonPropertyName("size")] public long? Size { get; set; }
        [JsonPropertyName("virtual_size")] public long? VirtualSize { get; set; }
        [JsonPropertyName("min_disk")] public int MinDisk { get; set; }
        [JsonPropertyName("min_ram")] public int MinRam { get; set; }
        /// <summary>MD5 of the data (legacy).</summary>
        [JsonPropertyName("checksum")] public string? Checksum { get; set; }
        [JsonPropertyName("os_hash_algo")] public string? OsHashAlgo { get; set; }
        [JsonPropertyName("os_hash_value")] public string? OsHashValue { get; set; }
        [JsonPropertyName("protected")] public bool Protected { get; set; }
        [JsonPropertyName("os_hidden")] public bool? Hidden { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("owner")] public string? Owner { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The image's custom properties (os_distro, hw_*, ...), as text.</summary>
        [JsonIgnore]
        public IReadOnlyDictionary<string, string> Properties =>
            (ExtensionData ?? new Dictionary<string, JsonElement>())
                .Where(kv => !GlanceFields.Contains(kv.Key))
                .ToDictionary(kv => kv.Key, kv => kv.Value.ValueKind == JsonValueKind.String ? kv.Value.GetString() ?? "" : kv.Value.GetRawText(), StringComparer.Ordinal);

        public override string ToString() => Name ?? Id;
    }
}
