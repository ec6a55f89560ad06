using System.Text.Json.Serialization;
using OpenStack.Client.Identity;

namespace OpenStack.Client.Json
{
    /// <summary>Source-generated metadata for every model: no reflection at run time.</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(TokenResponse))]
    public sealed partial class OpenStackJsonContext : JsonSerializerContext
    {
    }
}
