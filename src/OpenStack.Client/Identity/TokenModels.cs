using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Identity
{
    /// <summary>The body of a Keystone v3 token response (POST /v3/auth/tokens).</summary>
    public sealed class TokenResponse
    {
        [JsonPropertyName("token")] public TokenBody? Token { get; set; }
    }

    public sealed class TokenBody
    {
        [JsonPropertyName("expires_at")] public DateTimeOffset ExpiresAt { get; set; }
        [JsonPropertyName("issued_at")] public DateTimeOffset? IssuedAt { get; set; }
        [JsonPropertyName("methods")] public List<string>? Methods { get; set; }
        [JsonPropertyName("user")] public NamedRef? User { get; set; }
        [JsonPropertyName("project")] public NamedRef? Project { get; set; }
        [JsonPropertyName("domain")] public NamedRef? Domain { get; set; }
        [JsonPropertyName("system")] public JsonElement? System { get; set; }
        [JsonPropertyName("roles")] public List<NamedRef>? Roles { get; set; }
        [JsonPropertyName("catalog")] public List<CatalogService>? Catalog { get; set; }
        [JsonPropertyName("application_credential")] public NamedRef? ApplicationCredential { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
    }

    /// <summary>An id + name pair with an optional domain, as Keystone nests users, projects, domains and roles.</summary>
    public sealed class NamedRef
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("domain")] public NamedRef? Domain { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id ?? "";
    }

    public sealed class CatalogService
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("endpoints")] public List<CatalogServiceEndpoint>? Endpoints { get; set; }
    }

    public sealed class CatalogServiceEndpoint
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("interface")] public string? Interface { get; set; }
        [JsonPropertyName("region")] public string? Region { get; set; }
        [JsonPropertyName("region_id")] public string? RegionId { get; set; }
        [JsonPropertyName("url")] public string? Url { get; set; }
    }
}
