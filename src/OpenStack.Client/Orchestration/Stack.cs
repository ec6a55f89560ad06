using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Orchestration
{
    /// <summary>A Heat stack: the resources of one template, built and changed together.</summary>
    public sealed class Stack
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("stack_name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        /// <summary>CREATE_IN_PROGRESS, CREATE_COMPLETE, UPDATE_FAILED, SUSPEND_COMPLETE...</summary>
        [JsonPropertyName("stack_status")] public string? Status { get; set; }
        [JsonPropertyName("stack_status_reason")] public string? StatusReason { get; set; }
        [JsonPropertyName("creation_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        /// <summary>Minutes.</summary>
        [JsonPropertyName("timeout_mins")] public int? TimeoutMinutes { get; set; }
        /// <summary>The parameters as Heat holds them (values of hidden parameters come back masked).</summary>
        [JsonPropertyName("parameters")] public Dictionary<string, JsonElement>? Parameters { get; set; }
        [JsonPropertyName("outputs")] public List<StackOutput>? Outputs { get; set; }
        /// <summary>The id of the stack this one is nested in.</summary>
        [JsonPropertyName("parent")] public string? Parent { get; set; }
        [JsonPropertyName("project")] public string? ProjectId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The action of the last operation: CREATE, UPDATE, SUSPEND...</summary>
        [JsonIgnore] public string? Action => Status == null || Status.IndexOf('_') < 0 ? Status : Status.Substring(0, Status.IndexOf('_'));
        public override string ToString() => Name ?? Id;
    }

    /// <summary>One output of a stack, with its value once the stack was built.</summary>
    public sealed class StackOutput
    {
        [JsonPropertyName("output_key")] public string Key { get; set; } = "";
        [JsonPropertyName("output_value")] public JsonElement? Value { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        /// <summary>Why the value could not be resolved, if it could not.</summary>
        [JsonPropertyName("output_error")] public string? Error { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Key;
    }

    /// <summary>One resource of a stack: what Heat built for a template's resource.</summary>
    public sealed class StackResource
    {
        [JsonPropertyName("resource_name")] public string Name { get; set; } = "";
        [JsonPropertyName("physical_resource_id")] public string? PhysicalId { get; set; }
        [JsonPropertyName("resource_type")] public string? Type { get; set; }
        [JsonPropertyName("resource_status")] public string? Status { get; set; }
        [JsonPropertyName("resource_status_reason")] public string? StatusReason { get; set; }
        [JsonPropertyName("updated_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonPropertyName("required_by")] public List<string>? RequiredBy { get; set; }
        /// <summary>The stack the resource belongs to (a nested one, listed with depth).</summary>
        [JsonPropertyName("parent_resource")] public string? ParentResource { get; set; }
        [JsonPropertyName("links")] public List<JsonElement>? Links { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The name of the stack holding the resource, from its "stack" link.</summary>
        [JsonIgnore] public string? StackName => StackLinkSegments()?.Name;
        internal (string Name, string Id)? StackLinkSegments()
        {
            var href = Links?.Where(l => l.ValueKind == JsonValueKind.Object && l.TryGetProperty("rel", out var r) && r.GetString() == "stack")
                .Select(l => l.TryGetProperty("href", out var h) ? h.GetString() : null).FirstOrDefault(h => h != null);
            if (href == null) return null;
            var parts = new Uri(href).AbsolutePath.TrimEnd('/').Split('/');
            return parts.Length < 2 ? null : (Uri.UnescapeDataString(parts[parts.Length - 2]), parts[parts.Length - 1]);
        }
        public override string ToString() => Name;
    }

    /// <summary>A change of a stack's or resource's status, as Heat records it.</summary>
    public sealed class StackEvent
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("event_time")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Time { get; set; }
        /// <summary>The resource's name in the template (the stack's own name for the stack's events).</summary>
        [JsonPropertyName("resource_name")] public string? ResourceName { get; set; }
        [JsonPropertyName("logical_resource_id")] public string? LogicalResourceId { get; set; }
        [JsonPropertyName("physical_resource_id")] public string? PhysicalResourceId { get; set; }
        [JsonPropertyName("resource_status")] public string? Status { get; set; }
        [JsonPropertyName("resource_status_reason")] public string? StatusReason { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => ResourceName + " " + Status + (string.IsNullOrEmpty(StatusReason) ? "" : ": " + StatusReason);
    }

    /// <summary>What Heat says of a template it validated: its description and parameters.</summary>
    public sealed class StackTemplateValidation
    {
        [JsonPropertyName("Description")] public string? Description { get; set; }
        [JsonPropertyName("Parameters")] public Dictionary<string, JsonElement>? Parameters { get; set; }
        [JsonPropertyName("ParameterGroups")] public List<JsonElement>? ParameterGroups { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Description ?? "";
    }

    /// <summary>What an update would do (Update-OSStack -DryRun): the resource names Heat would add, replace, update, delete or leave.</summary>
    public sealed class StackUpdatePreview
    {
        public string StackName { get; set; } = "";
        public List<string> Added { get; } = new List<string>();
        public List<string> Replaced { get; } = new List<string>();
        public List<string> Updated { get; } = new List<string>();
        public List<string> Deleted { get; } = new List<string>();
        public List<string> Unchanged { get; } = new List<string>();
        public override string ToString() => StackName;
    }
}
