using System;
using System.Collections.Generic;
using System.Security;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Compute
{
    /// <summary>An SSH (or x509) keypair known to Nova. The private key only exists when Nova generated it.</summary>
    public sealed class Keypair
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("fingerprint")] public string? Fingerprint { get; set; }
        [JsonPropertyName("public_key")] public string? PublicKey { get; set; }
        /// <summary>"ssh" or "x509" (microversion 2.2+).</summary>
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        /// <summary>
        /// The private key of a pair Nova generated: in the create answer only (compute API before 2.92), never again.
        /// Held as a read-only SecureString: views, traces and ToString() never show it.
        /// </summary>
        [JsonPropertyName("private_key")] [JsonConverter(typeof(SecureStringConverter))] public SecureString? PrivateKey { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name;
    }
}
