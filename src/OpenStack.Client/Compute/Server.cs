using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Compute
{
    /// <summary>A Nova server. Fields that depend on the microversion are nullable; every field the server sent is kept.</summary>
    public sealed class Server
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("OS-EXT-STS:task_state")] public string? TaskState { get; set; }
        [JsonPropertyName("OS-EXT-STS:vm_state")] public string? VmState { get; set; }
        [JsonPropertyName("OS-EXT-STS:power_state")] public int? PowerStateCode { get; set; }
        [JsonPropertyName("flavor")] public ServerFlavor? Flavor { get; set; }
        [JsonPropertyName("image")] [JsonConverter(typeof(ImageRefConverter))] public ImageRef? Image { get; set; }
        [JsonPropertyName("addresses")] public Dictionary<string, List<ServerAddress>>? Addresses { get; set; }
        [JsonPropertyName("key_name")] public string? KeyName { get; set; }
        [JsonPropertyName("OS-EXT-AZ:availability_zone")] public string? AvailabilityZone { get; set; }
        [JsonPropertyName("created")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
        [JsonPropertyName("fault")] public ServerFault? Fault { get; set; }
        [JsonPropertyName("hostId")] public string? HostId { get; set; }
        /// <summary>The compute host the server runs on; Nova shows it to admins only.</summary>
        [JsonPropertyName("OS-EXT-SRV-ATTR:host")] public string? Host { get; set; }
        [JsonPropertyName("security_groups")] public List<NameRef>? SecurityGroups { get; set; }
        [JsonPropertyName("os-extended-volumes:volumes_attached")] public List<AttachedVolume>? AttachedVolumes { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("tenant_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("locked")] public bool? Locked { get; set; }
        [JsonPropertyName("progress")] public int? Progress { get; set; }
        /// <summary>The ids of the server groups it is in (2.71+).</summary>
        [JsonPropertyName("server_groups")] public List<string>? ServerGroups { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The hypervisor's power state by name: RUNNING, SHUTDOWN, PAUSED, SUSPENDED, CRASHED, NOSTATE.</summary>
        [JsonIgnore]
        public string? PowerState => PowerStateCode switch
        {
            null => null,
            0 => "NOSTATE",
            1 => "RUNNING",
            3 => "PAUSED",
            4 => "SHUTDOWN",
            6 => "CRASHED",
            7 => "SUSPENDED",
            var other => other.ToString(),
        };

        /// <summary>All fixed and floating IPv4 addresses, for filtering.</summary>
        [JsonIgnore]
        public IReadOnlyList<string> IPv4 => AllAddresses.Where(a => a.Version == 4).Select(a => a.Address).ToList();

        [JsonIgnore]
        public IEnumerable<ServerAddress> AllAddresses => Addresses?.Values.SelectMany(v => v) ?? Enumerable.Empty<ServerAddress>();

        public override string ToString() => Name;
    }

    public sealed class ServerFlavor
    {
        /// <summary>Before microversion 2.47 servers name their flavor by id only.</summary>
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("original_name")] public string? OriginalName { get; set; }
        [JsonPropertyName("vcpus")] public int? Vcpus { get; set; }
        [JsonPropertyName("ram")] public int? Ram { get; set; }
        [JsonPropertyName("disk")] public int? Disk { get; set; }
        [JsonPropertyName("ephemeral")] public int? Ephemeral { get; set; }
        [JsonPropertyName("swap")] public int? Swap { get; set; }
        [JsonPropertyName("extra_specs")] public Dictionary<string, string>? ExtraSpecs { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => OriginalName ?? Id ?? "";
    }

    /// <summary>The server's image; null for a server booted from a volume (Nova sends "").</summary>
    public sealed class ImageRef
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        /// <summary>The image's name, where the listing that wrote the server could read it (Nova sends only the id); else null.</summary>
        [JsonIgnore] public string? Name { get; set; }
        public override string ToString() => Id;
    }

    public sealed class ServerAddress
    {
        [JsonPropertyName("addr")] public string Address { get; set; } = "";
        [JsonPropertyName("version")] public int Version { get; set; }
        /// <summary>"fixed" or "floating".</summary>
        [JsonPropertyName("OS-EXT-IPS:type")] public string? Type { get; set; }
        [JsonPropertyName("OS-EXT-IPS-MAC:mac_addr")] public string? MacAddress { get; set; }
        public override string ToString() => Address;
    }

    public sealed class ServerFault
    {
        [JsonPropertyName("code")] public int Code { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("details")] public string? Details { get; set; }
        [JsonPropertyName("created")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        public override string ToString() => Message ?? "";
    }

    public sealed class NameRef
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        public override string ToString() => Name ?? "";
    }

    public sealed class AttachedVolume
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("delete_on_termination")] public bool? DeleteOnTermination { get; set; }
        public override string ToString() => Id;
    }

    /// <summary>Reads Nova's "image": {"id": ..} or "" (boot from volume).</summary>
    public sealed class ImageRefConverter : JsonConverter<ImageRef?>
    {
        public override ImageRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.Null) return null;
            using var doc = JsonDocument.ParseValue(ref reader);
            return doc.RootElement.TryGetProperty("id", out var id) ? new ImageRef { Id = id.GetString() ?? "" } : null;
        }

        public override void Write(Utf8JsonWriter writer, ImageRef? value, JsonSerializerOptions options)
        {
            if (value == null) { writer.WriteStringValue(""); return; }
            writer.WriteStartObject();
            writer.WriteString("id", value.Id);
            writer.WriteEndObject();
        }
    }
}
