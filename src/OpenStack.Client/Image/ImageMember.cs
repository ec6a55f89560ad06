using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Image
{
    /// <summary>A project an image is shared with, and whether that project accepted it.</summary>
    public sealed class ImageMember
    {
        [JsonPropertyName("image_id")] public string ImageId { get; set; } = "";
        /// <summary>The project's id.</summary>
        [JsonPropertyName("member_id")] public string MemberId { get; set; } = "";
        /// <summary>pending, accepted, rejected: only accepted images are listed in the member's project.</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => MemberId;
    }
}
