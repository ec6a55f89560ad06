using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Identity
{
    /// <summary>A Keystone domain: the container of projects, users and groups.</summary>
    public sealed class Domain
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A Keystone user. The password is never read back: Keystone does not send it.</summary>
    public sealed class User
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("domain_id")] public string? DomainId { get; set; }
        [JsonPropertyName("default_project_id")] public string? DefaultProjectId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("email")] public string? Email { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        [JsonPropertyName("password_expires_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? PasswordExpiresAt { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A Keystone group of users, which roles can be granted to.</summary>
    public sealed class Group
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("domain_id")] public string? DomainId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A Keystone role (global, or with a domain_id a domain-specific one).</summary>
    public sealed class Role
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("domain_id")] public string? DomainId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>
    /// An application credential of a user. Its secret is in the create answer only; this model never holds it (the
    /// create call reads it apart, into a SecureString), so it cannot reach a view, a trace or ToString().
    /// </summary>
    public sealed class ApplicationCredential
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("unrestricted")] public bool? Unrestricted { get; set; }
        [JsonPropertyName("expires_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? ExpiresAt { get; set; }
        [JsonPropertyName("roles")] public List<RoleRef>? Roles { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>A role as other identity objects name it: {"id": ..., "name": ...}.</summary>
    public sealed class RoleRef
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        public override string ToString() => Name ?? Id ?? "";
    }

    /// <summary>A region of the catalog.</summary>
    public sealed class Region
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("parent_region_id")] public string? ParentRegionId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Id;
    }

    /// <summary>A service (compute, network, ...) as Keystone's administrators register it (/v3/services).</summary>
    public sealed class RegisteredService
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Type ?? Id;
    }

    /// <summary>An endpoint as Keystone's administrators register it (/v3/endpoints), not as a token's catalog shows it.</summary>
    public sealed class RegisteredEndpoint
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("service_id")] public string? ServiceId { get; set; }
        [JsonPropertyName("interface")] public string? Interface { get; set; }
        [JsonPropertyName("region_id")] public string? RegionId { get; set; }
        [JsonPropertyName("url")] public string? Url { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        /// <summary>The service's name and type, where the cmdlet that read the endpoint looked them up (Keystone sends only its id).</summary>
        [JsonIgnore] public string? ServiceName { get; set; }
        [JsonIgnore] public string? ServiceType { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Url ?? Id;
    }
}
