using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Compute
{
    /// <summary>Server-side filters for listing servers.</summary>
    public sealed class ServerListOptions
    {
        /// <summary>Nova matches this as a regular expression.</summary>
        public string? NameRegex { get; set; }
        public string? Status { get; set; }
        public string? FlavorId { get; set; }
        public string? ImageId { get; set; }
        /// <summary>The servers booted by one multi-server request.</summary>
        public string? ReservationId { get; set; }
        /// <summary>All projects (admin).</summary>
        public bool AllProjects { get; set; }
        /// <summary>Servers changed at or after this time (deleted ones included, as Nova lists them then).</summary>
        public DateTimeOffset? ChangesSince { get; set; }
        /// <summary>Servers changed at or before this time (compute API 2.66+).</summary>
        public DateTimeOffset? ChangesBefore { get; set; }
        /// <summary>Deleted servers (admin; the project's own, or every project's with <see cref="AllProjects"/>).</summary>
        public bool Deleted { get; set; }
        /// <summary>Servers on this compute host (admin).</summary>
        public string? Host { get; set; }
        public int? PageSize { get; set; }

        /// <summary>The oldest compute microversion these filters need, or null for any.</summary>
        public string? MinMicroversion => ChangesBefore.HasValue ? "2.66" : null;

        public Query ToQuery() => new Query().Add("name", NameRegex).Add("status", Status?.ToUpperInvariant()).Add("flavor", FlavorId).Add("image", ImageId)
            .Add("reservation_id", ReservationId).Add("all_tenants", AllProjects ? "1" : null)
            .Add("changes-since", Iso(ChangesSince)).Add("changes-before", Iso(ChangesBefore)).Add("deleted", Deleted ? "true" : null).Add("host", Host);

        /// <summary>ISO 8601 in UTC, as Nova's time filters take it.</summary>
        private static string? Iso(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }

    /// <summary>What a new server is made of. Names must already be resolved to ids.</summary>
    public sealed class ServerCreateOptions : ResourceOptions
    {
        public const int MaxUserDataBytes = 65535;

        public string Name { get; set; } = "";
        /// <summary>Null when booting from a volume (see <see cref="BlockDeviceMappings"/>).</summary>
        public string? ImageId { get; set; }
        public string FlavorId { get; set; } = "";
        public List<string> NetworkIds { get; } = new List<string>();
        public List<string> PortIds { get; } = new List<string>();
        /// <summary>Boot with no network at all (Nova's "networks": "none").</summary>
        public bool NoNetwork { get; set; }
        public string? KeyName { get; set; }
        /// <summary>Plain text, sent as UTF-8; the client base64-encodes it.</summary>
        public string? UserData { get; set; }
        /// <summary>Bytes as they are (a gzip'd cloud-config, a MIME multipart file): used instead of <see cref="UserData"/>.</summary>
        public byte[]? UserDataBytes { get; set; }
        public List<string> SecurityGroups { get; } = new List<string>();
        public string? AvailabilityZone { get; set; }
        /// <summary>Boot from a new volume of this size (GB) made from the image.</summary>
        public int? BootVolumeSize { get; set; }
        public bool DeleteVolumeOnTermination { get; set; }
        /// <summary>Raw block_device_mapping_v2 entries, for anything the switches above do not cover.</summary>
        public List<Dictionary<string, object?>> BlockDeviceMappings { get; } = new List<Dictionary<string, object?>>();
        public bool ConfigDrive { get; set; }
        public Dictionary<string, string> Metadata { get; } = new Dictionary<string, string>();
        public string? Description { get; set; }
        public int Count { get; set; } = 1;
        /// <summary>The server group to boot into (scheduler hint "group"); an id.</summary>
        public string? ServerGroupId { get; set; }

        /// <summary>The scheduler hints, sent beside the server as "os:scheduler_hints"; null when there are none.</summary>
        public JsonObject? SchedulerHints() => ServerGroupId == null ? null : new JsonObject { ["group"] = ServerGroupId };

        /// <summary>Base64 of the UTF-8 text, refused before sending when over Nova's 65535-byte limit.</summary>
        public static string EncodeUserData(string text) => EncodeUserData(Encoding.UTF8.GetBytes(text));

        /// <summary>Base64 of the bytes, refused before sending when over Nova's 65535-byte limit.</summary>
        public static string EncodeUserData(byte[] data)
        {
            var encoded = Convert.ToBase64String(data);
            if (encoded.Length > MaxUserDataBytes)
                throw new ArgumentException("The user data is " + encoded.Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes once base64-encoded; Nova accepts at most " +
                    MaxUserDataBytes.ToString("N0", CultureInfo.InvariantCulture) + ".");
            return encoded;
        }

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A server needs a name.");
            if (string.IsNullOrWhiteSpace(FlavorId)) throw new ArgumentException("A server needs a flavor.");
            if (NoNetwork && (NetworkIds.Count > 0 || PortIds.Count > 0)) throw new ArgumentException("A server with no network cannot also have networks or ports.");
            if (BootVolumeSize.HasValue && ImageId == null) throw new ArgumentException("Booting from a new volume needs an image to copy.");
            if (UserDataBytes != null) EncodeUserData(UserDataBytes);
            else if (UserData != null) EncodeUserData(UserData);
        }

        protected override void Write(JsonObject server)
        {
            server["name"] = Name;
            server["flavorRef"] = FlavorId;
            if (ImageId != null && BootVolumeSize == null) server["imageRef"] = ImageId;
            var networks = new JsonArray();
            foreach (var n in NetworkIds) networks.Add(new JsonObject { ["uuid"] = n });
            foreach (var p in PortIds) networks.Add(new JsonObject { ["port"] = p });
            // Since 2.37 "networks" is required: "auto" picks the project's network, or allocates one.
            server["networks"] = networks.Count > 0 ? networks : JsonValue.Create(NoNetwork ? "none" : "auto");
            Put(server, "key_name", KeyName);
            if (UserDataBytes != null) server["user_data"] = EncodeUserData(UserDataBytes);
            else if (UserData != null) server["user_data"] = EncodeUserData(UserData);
            if (SecurityGroups.Count > 0)
                server["security_groups"] = new JsonArray(SecurityGroups.Select(g => (JsonNode)new JsonObject { ["name"] = g }).ToArray());
            Put(server, "availability_zone", AvailabilityZone);
            var bdm = new JsonArray();
            if (BootVolumeSize.HasValue)
                bdm.Add(new JsonObject
                {
                    ["boot_index"] = 0, ["uuid"] = ImageId, ["source_type"] = "image", ["destination_type"] = "volume",
                    ["volume_size"] = BootVolumeSize.Value, ["delete_on_termination"] = DeleteVolumeOnTermination,
                });
            // An image boot with extra mappings: Nova wants the image as the root mapping too, else it refuses the boot sequence
            // (novaclient and python-openstackclient add it the same way). Not when a given mapping already boots first.
            else if (ImageId != null && BlockDeviceMappings.Count > 0 && !BlockDeviceMappings.Any(BootsFirst))
                bdm.Add(new JsonObject
                {
                    ["boot_index"] = 0, ["uuid"] = ImageId, ["source_type"] = "image", ["destination_type"] = "local", ["delete_on_termination"] = true,
                });
            foreach (var m in BlockDeviceMappings) bdm.Add(JsonText.ToNode(m));
            if (bdm.Count > 0) server["block_device_mapping_v2"] = bdm;
            if (ConfigDrive) server["config_drive"] = true;
            if (Metadata.Count > 0) server["metadata"] = Map(Metadata);
            Put(server, "description", Description);
            // Several servers: Nova then answers with the reservation id that finds them all.
            if (Count > 1) { server["min_count"] = Count; server["max_count"] = Count; server["return_reservation_id"] = true; }
        }

        /// <summary>A mapping with boot index 0 (given as a number or as text, as hashtables hold it).</summary>
        private static bool BootsFirst(Dictionary<string, object?> mapping) =>
            mapping.TryGetValue("boot_index", out var index) && index != null &&
            string.Equals(Convert.ToString(index, CultureInfo.InvariantCulture)?.Trim(), "0", StringComparison.Ordinal);
    }

    /// <summary>A new flavor (admin).</summary>
    public sealed class FlavorCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public int Vcpus { get; set; }
        /// <summary>MiB.</summary>
        public int Ram { get; set; }
        /// <summary>GB.</summary>
        public int Disk { get; set; }
        /// <summary>Nova makes a UUID when absent.</summary>
        public string? Id { get; set; }
        public int Ephemeral { get; set; }
        /// <summary>MiB.</summary>
        public int Swap { get; set; }
        public bool IsPublic { get; set; } = true;
        /// <summary>Compute API 2.55+.</summary>
        public string? Description { get; set; }

        public override string? MinMicroversion => Description != null ? ComputeClient.FlavorDescriptionMicroversion : null;

        protected override void Write(JsonObject f)
        {
            f["name"] = Name; f["vcpus"] = Vcpus; f["ram"] = Ram; f["disk"] = Disk;
            f["OS-FLV-EXT-DATA:ephemeral"] = Ephemeral; f["swap"] = Swap; f["os-flavor-access:is_public"] = IsPublic;
            Put(f, "id", Id);
            Put(f, "description", Description);
        }
    }
}
