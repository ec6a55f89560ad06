using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Identity
{
    /// <summary>A Keystone project: what other resources are shared with or owned by.</summary>
    public sealed class Project
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("domain_id")] public string? DomainId { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        [JsonPropertyName("parent_id")] public string? ParentId { get; set; }
        [JsonPropertyName("is_domain")] public bool? IsDomain { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        /// <summary>The domain's name, where the cmdlet that read the project looked it up (Keystone sends only the id).</summary>
        [JsonIgnore] public string? DomainName { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name ?? Id;
    }
}
