using System.Collections.Generic;

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
        public int? PageSize { get; set; }
    }

    /// <summary>What a new server is made of. Names must already be resolved to ids.</summary>
    public sealed class ServerCreateOptions
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
        /// <summary>Plain text; the client base64-encodes it.</summary>
        public string? UserData { get; set; }
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
    }
}
