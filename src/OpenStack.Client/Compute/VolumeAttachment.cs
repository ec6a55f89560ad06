using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Compute
{
    /// <summary>A volume attached to a server.</summary>
    public sealed class VolumeAttachment
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("serverId")] public string ServerId { get; set; } = "";
        [JsonPropertyName("volumeId")] public string VolumeId { get; set; } = "";
        [JsonPropertyName("device")] public string? Device { get; set; }
        [JsonPropertyName("tag")] public string? Tag { get; set; }
        [JsonPropertyName("delete_on_termination")] public bool? DeleteOnTermination { get; set; }
        /// <summary>The attachment's own id (2.89+).</summary>
        [JsonPropertyName("attachment_id")] public string? AttachmentId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => VolumeId + " on " + ServerId + (Device != null ? " at " + Device : "");
    }
}
