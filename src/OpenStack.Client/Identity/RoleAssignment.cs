using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Identity
{
    /// <summary>
    /// One role assignment as Keystone lists it (/v3/role_assignments?include_names=true): who (a user or a group) has
    /// which role where (a project, a domain or the system), flattened from Keystone's nested objects to names and ids.
    /// </summary>
    public sealed class RoleAssignment
    {
        [JsonPropertyName("role")] [JsonInclude] internal AssignmentRef? RoleRef { get; set; }
        [JsonPropertyName("user")] [JsonInclude] internal AssignmentRef? UserRef { get; set; }
        [JsonPropertyName("group")] [JsonInclude] internal AssignmentRef? GroupRef { get; set; }
        [JsonPropertyName("scope")] [JsonInclude] internal AssignmentScope? ScopeRef { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        [JsonIgnore] public string? Role => RoleRef?.Name ?? RoleRef?.Id;
        [JsonIgnore] public string? RoleId => RoleRef?.Id;
        /// <summary>The domain of a domain-specific role; null for a global one.</summary>
        [JsonIgnore] public string? RoleDomain => RoleRef?.Domain?.Name ?? RoleRef?.Domain?.Id;
        [JsonIgnore] public string? User => UserRef?.Name ?? UserRef?.Id;
        [JsonIgnore] public string? UserId => UserRef?.Id;
        [JsonIgnore] public string? UserDomain => UserRef?.Domain?.Name ?? UserRef?.Domain?.Id;
        [JsonIgnore] public string? Group => GroupRef?.Name ?? GroupRef?.Id;
        [JsonIgnore] public string? GroupId => GroupRef?.Id;
        [JsonIgnore] public string? GroupDomain => GroupRef?.Domain?.Name ?? GroupRef?.Domain?.Id;
        [JsonIgnore] public string? Project => ScopeRef?.Project?.Name ?? ScopeRef?.Project?.Id;
        [JsonIgnore] public string? ProjectId => ScopeRef?.Project?.Id;
        [JsonIgnore] public string? ProjectDomain => ScopeRef?.Project?.Domain?.Name ?? ScopeRef?.Project?.Domain?.Id;
        [JsonIgnore] public string? Domain => ScopeRef?.Domain?.Name ?? ScopeRef?.Domain?.Id;
        [JsonIgnore] public string? DomainId => ScopeRef?.Domain?.Id;
        /// <summary>"all" for a system-wide assignment, else null.</summary>
        [JsonIgnore] public string? System => ScopeRef?.System.HasValue == true && ScopeRef.System.Value.ValueKind == JsonValueKind.Object
            ? (ScopeRef.System.Value.TryGetProperty("all", out var all) && all.ValueKind == JsonValueKind.True ? "all" : ScopeRef.System.Value.GetRawText())
            : null;
        /// <summary>Given on a domain or project and inherited by the projects below it (OS-INHERIT).</summary>
        [JsonIgnore] public bool Inherited => ScopeRef?.InheritedTo != null;

        /// <summary>Who: the user's name, or the group's.</summary>
        [JsonIgnore] public string? Actor => User ?? Group;
        /// <summary>Where: the project, the domain, or "system".</summary>
        [JsonIgnore] public string? Target => Project ?? Domain ?? (System != null ? "system" : null);

        public override string ToString() => Role + " for " + (UserRef != null ? "user " : "group ") + Actor + " on " + (Project != null ? "project " : Domain != null ? "domain " : "") + Target;
    }

    /// <summary>A user, group, role, project or domain as an assignment names it.</summary>
    public sealed class AssignmentRef
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("domain")] public AssignmentRef? Domain { get; set; }
    }

    /// <summary>Where an assignment is: Keystone's scope object.</summary>
    public sealed class AssignmentScope
    {
        [JsonPropertyName("project")] public AssignmentRef? Project { get; set; }
        [JsonPropertyName("domain")] public AssignmentRef? Domain { get; set; }
        [JsonPropertyName("system")] public JsonElement? System { get; set; }
        [JsonPropertyName("OS-INHERIT:inherited_to")] public string? InheritedTo { get; set; }
    }
}
