using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>A Cinder service (cinder-scheduler, cinder-volume on a backend, cinder-backup) on one host.</summary>
    public sealed class VolumeService
    {
        [JsonPropertyName("binary")] public string? Binary { get; set; }
        /// <summary>For cinder-volume: host@backend.</summary>
        [JsonPropertyName("host")] public string? Host { get; set; }
        [JsonPropertyName("zone")] public string? Zone { get; set; }
        /// <summary>enabled or disabled.</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        /// <summary>up or down.</summary>
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("disabled_reason")] public string? DisabledReason { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString() => Binary + "@" + Host;
    }
}
