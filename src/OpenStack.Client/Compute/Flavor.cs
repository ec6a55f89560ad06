using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Compute
{
    /// <summary>A Nova flavor: the size of a server.</summary>
    public sealed class Flavor
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("vcpus")] public int Vcpus { get; set; }
        /// <summary>Memory in MiB.</summary>
        [JsonPropertyName("ram")] public int Ram { get; set; }
        /// <summary>Root disk in GB.</summary>
        [JsonPropertyName("disk")] public int Disk { get; set; }
        [JsonPropertyName("OS-FLV-EXT-DATA:ephemeral")] public int Ephemeral { get; set; }
        /// <summary>Swap in MiB (Nova sends "" for none before 2.75).</summary>
        [JsonPropertyName("swap")] [JsonConverter(typeof(LenientIntConverter))] public int Swap { get; set; }
        [JsonPropertyName("rxtx_factor")] public double? RxtxFactor { get; set; }
        [JsonPropertyName("os-flavor-access:is_public")] public bool IsPublic { get; set; } = true;
        [JsonPropertyName("OS-FLV-DISABLED:disabled")] public bool? Disabled { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("extra_specs")] public Dictionary<string, string>? ExtraSpecs { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>One project a private flavor is shared with.</summary>
    public sealed class FlavorAccess
    {
        [JsonPropertyName("flavor_id")] public string FlavorId { get; set; } = "";
        [JsonPropertyName("tenant_id")] public string ProjectId { get; set; } = "";
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString() => FlavorId + " " + ProjectId;
    }
}
