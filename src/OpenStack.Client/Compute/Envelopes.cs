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

namespace OpenStack.Client.Compute
{
    /// <summary>{"keypair": {...}}</summary>
    public sealed class KeypairResponse
    {
        [System.Text.Json.Serialization.JsonPropertyName("keypair")] public Keypair? Keypair { get; set; }
    }

    /// <summary>{"volumeAttachment": {...}}</summary>
    public sealed class VolumeAttachmentResponse
    {
        [System.Text.Json.Serialization.JsonPropertyName("volumeAttachment")] public VolumeAttachment? VolumeAttachment { get; set; }
    }

    /// <summary>{"volumeAttachments": [...]}</summary>
    public sealed class VolumeAttachmentList
    {
        [System.Text.Json.Serialization.JsonPropertyName("volumeAttachments")] public System.Collections.Generic.List<VolumeAttachment>? VolumeAttachments { get; set; }
    }
}
