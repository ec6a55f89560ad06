using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.ObjectStorage
{
    /// <summary>A Swift container: the listing's counts, and with a HEAD its ACLs, metadata, policy and quotas.</summary>
    public sealed class ObjectContainer
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        /// <summary>A container's name is its id (what a parameter that refers to a container takes).</summary>
        [JsonIgnore] public string Id => Name;
        [JsonPropertyName("count")] public long ObjectCount { get; set; }
        [JsonPropertyName("bytes")] public long Bytes { get; set; }
        [JsonPropertyName("last_modified")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? LastModified { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>X-Container-Read: who may read (".r:*,.rlistings" is public); null until read with a HEAD.</summary>
        [JsonIgnore] public string? ReadAcl { get; set; }
        [JsonIgnore] public string? WriteAcl { get; set; }
        [JsonIgnore] public string? StoragePolicy { get; set; }
        [JsonIgnore] public long? QuotaBytes { get; set; }
        [JsonIgnore] public long? QuotaCount { get; set; }
        /// <summary>
        /// Every write here keeps the object it replaces as a version (X-Versions-Enabled, or the older X-Versions-Location /
        /// X-History-Location); false until read with a HEAD.
        /// </summary>
        [JsonIgnore] public bool KeepsVersions { get; set; }
        /// <summary>X-Container-Meta-* without the prefix. Temp URL keys are never kept here.</summary>
        [JsonIgnore] public Dictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Whether anyone may read it without a token (a referrer ACL ".r:*").</summary>
        [JsonIgnore] public bool Public => ReadAcl != null && ReadAcl.IndexOf(".r:*", StringComparison.Ordinal) >= 0;

        public override string ToString() => Name;
    }

    /// <summary>
    /// An object, or a pseudo-folder (<see cref="IsFolder"/>: a listing with a delimiter sends the common prefix as
    /// "subdir"). A HEAD adds metadata, expiry and whether it is a large object's manifest.
    /// </summary>
    public sealed class StorageObject
    {
        [JsonPropertyName("name")] public string? ObjectName { get; set; }
        [JsonPropertyName("subdir")] public string? Subdir { get; set; }
        /// <summary>The MD5 of the data (of a plain object); Swift's ETag.</summary>
        [JsonPropertyName("hash")] public string? Hash { get; set; }
        [JsonPropertyName("bytes")] public long Bytes { get; set; }
        [JsonPropertyName("content_type")] public string? ContentType { get; set; }
        [JsonPropertyName("last_modified")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? LastModified { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        [JsonIgnore] public string Container { get; set; } = "";
        [JsonIgnore] public string Name => ObjectName ?? Subdir ?? "";
        [JsonIgnore] public bool IsFolder => ObjectName == null && Subdir != null;
        /// <summary>A Static Large Object's manifest: its data is its segments'.</summary>
        [JsonIgnore] public bool IsLargeObject { get; set; }
        [JsonIgnore] public DateTimeOffset? DeleteAt { get; set; }
        /// <summary>X-Object-Meta-* without the prefix.</summary>
        [JsonIgnore] public Dictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public override string ToString() => Container + "/" + Name;
    }

    /// <summary>The project's account: totals, quota and metadata. Whether temp URL keys are set is shown, never the keys.</summary>
    public sealed class ObjectStoreAccount
    {
        public string Account { get; set; } = "";
        public long ContainerCount { get; set; }
        public long ObjectCount { get; set; }
        public long Bytes { get; set; }
        public long? QuotaBytes { get; set; }
        public bool HasTempUrlKey { get; set; }
        public Dictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public override string ToString() => Account;
    }
}
