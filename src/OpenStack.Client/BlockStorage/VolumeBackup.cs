using System;
using System.Collections.Generic;
using System.Security;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>A copy of a volume's data kept by cinder-backup (full or incremental).</summary>
    public sealed class VolumeBackup
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        /// <summary>creating, available, deleting, restoring, error, error_deleting.</summary>
        [JsonPropertyName("status")] public string? Status { get; set; }
        /// <summary>Size in GB (of the volume backed up).</summary>
        [JsonPropertyName("size")] public int Size { get; set; }
        [JsonPropertyName("volume_id")] public string? VolumeId { get; set; }
        [JsonPropertyName("snapshot_id")] public string? SnapshotId { get; set; }
        [JsonPropertyName("is_incremental")] public bool IsIncremental { get; set; }
        [JsonPropertyName("has_dependent_backups")] public bool HasDependentBackups { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("container")] public string? Container { get; set; }
        [JsonPropertyName("availability_zone")] public string? AvailabilityZone { get; set; }
        [JsonPropertyName("fail_reason")] public string? FailReason { get; set; }
        [JsonPropertyName("object_count")] public int? ObjectCount { get; set; }
        [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
        [JsonPropertyName("os-backup-project-attr:project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        /// <summary>When the data was taken: the snapshot's time for a backup of a snapshot.</summary>
        [JsonPropertyName("data_timestamp")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? DataTimestamp { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>
    /// An offer to give a volume to another project. <see cref="AuthKey"/> is sent once, in the answer to the create,
    /// and read straight into a SecureString: views, ToString() and traces never show it.
    /// </summary>
    public sealed class VolumeTransfer
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("volume_id")] public string? VolumeId { get; set; }
        [JsonPropertyName("auth_key")] [JsonConverter(typeof(SecureStringConverter))] public SecureString? AuthKey { get; set; }
        [JsonPropertyName("no_snapshots")] public bool? NoSnapshots { get; set; }
        [JsonPropertyName("source_project_id")] public string? SourceProjectId { get; set; }
        [JsonPropertyName("destination_project_id")] public string? DestinationProjectId { get; set; }
        [JsonPropertyName("accepted")] public bool? Accepted { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A project allowed to use a private volume type.</summary>
    public sealed class VolumeTypeAccess
    {
        [JsonPropertyName("volume_type_id")] public string VolumeTypeId { get; set; } = "";
        [JsonPropertyName("project_id")] public string ProjectId { get; set; } = "";
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => ProjectId;
    }
}
