using System.Text.Json.Serialization;

namespace OpenStack.Client.Compute
{
    /// <summary>{"server": {...}}</summary>
    public sealed class ServerResponse
    {
        [JsonPropertyName("server")] public Server? Server { get; set; }
    }

    /// <summary>{"flavor": {...}}</summary>
    public sealed class FlavorResponse
    {
        [JsonPropertyName("flavor")] public Flavor? Flavor { get; set; }
    }
}
