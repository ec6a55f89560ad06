using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.LoadBalancing
{
    /// <summary>
    /// An L7 policy of an HTTP listener: when all its rules match a request, it is sent to another pool, redirected, or
    /// rejected. Policies are tried in the order of their positions (from 1).
    /// </summary>
    public sealed class L7Policy
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("listener_id")] public string? ListenerId { get; set; }
        /// <summary>REDIRECT_TO_POOL, REDIRECT_TO_URL, REDIRECT_PREFIX or REJECT.</summary>
        [JsonPropertyName("action")] public string? Action { get; set; }
        [JsonPropertyName("position")] public int? Position { get; set; }
        [JsonPropertyName("redirect_pool_id")] public string? RedirectPoolId { get; set; }
        [JsonPropertyName("redirect_url")] public string? RedirectUrl { get; set; }
        [JsonPropertyName("redirect_prefix")] public string? RedirectPrefix { get; set; }
        [JsonPropertyName("redirect_http_code")] public int? RedirectHttpCode { get; set; }
        [JsonPropertyName("rules")] public List<IdRef>? Rules { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>Where a matching request goes: the pool's id, the URL or prefix, or nothing for REJECT.</summary>
        [JsonIgnore] public string? Target => RedirectPoolId ?? RedirectUrl ?? RedirectPrefix;
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>A rule of an L7 policy: what of a request (host name, path, header...) is compared with a value, and how.</summary>
    public sealed class L7Rule
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("provisioning_status")] public string? ProvisioningStatus { get; set; }
        [JsonPropertyName("operating_status")] public string? OperatingStatus { get; set; }
        [JsonPropertyName("admin_state_up")] public bool? AdminStateUp { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        /// <summary>HOST_NAME, PATH, FILE_TYPE, HEADER, COOKIE, SSL_CONN_HAS_CERT, SSL_VERIFY_RESULT, SSL_DN_FIELD.</summary>
        [JsonPropertyName("type")] public string? Type { get; set; }
        /// <summary>EQUAL_TO, STARTS_WITH, ENDS_WITH, CONTAINS, REGEX.</summary>
        [JsonPropertyName("compare_type")] public string? CompareType { get; set; }
        /// <summary>The header's or cookie's name (HEADER, COOKIE, SSL_DN_FIELD).</summary>
        [JsonPropertyName("key")] public string? Key { get; set; }
        [JsonPropertyName("value")] public string? Value { get; set; }
        /// <summary>The rule matches when the comparison fails.</summary>
        [JsonPropertyName("invert")] public bool? Invert { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        /// <summary>Not sent by Octavia: the policy the rule was read from.</summary>
        [JsonIgnore] public string? PolicyId { get; set; }
        /// <summary>"PATH STARTS_WITH /api", "HEADER X-Env EQUAL_TO blue", "NOT HOST_NAME ...".</summary>
        public override string ToString() => (Invert == true ? "NOT " : "") + Type + (Key == null ? "" : " " + Key) + " " + CompareType + " " + Value;
    }

    public sealed class L7PolicyOptions : LoadBalancingOptions
    {
        /// <summary>Create only: the listener the policy joins.</summary>
        public string? ListenerId { get; set; }
        public string? Action { get; set; }
        public int? Position { get; set; }
        public string? RedirectPoolId { get; set; }
        public string? RedirectUrl { get; set; }
        public string? RedirectPrefix { get; set; }
        public int? RedirectHttpCode { get; set; }

        protected override void Validate()
        {
            if (Position.HasValue && Position.Value < 1) throw new ArgumentException("A policy's position starts at 1 (got " + Position.Value + ").");
            if (RedirectHttpCode.HasValue && Array.IndexOf(new[] { 301, 302, 303, 307, 308 }, RedirectHttpCode.Value) < 0)
                throw new ArgumentException("A redirect's HTTP code is 301, 302, 303, 307 or 308 (got " + RedirectHttpCode.Value + ").");
            var needs = Action switch
            {
                "REDIRECT_TO_POOL" => (RedirectPoolId, "a pool to send requests to"),
                "REDIRECT_TO_URL" => (RedirectUrl, "a URL to redirect to"),
                "REDIRECT_PREFIX" => (RedirectPrefix, "a URL prefix to redirect to"),
                _ => ("", ""),
            };
            if (needs.Item1 == null) throw new ArgumentException("The action " + Action + " needs " + needs.Item2 + ".");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "listener_id", ListenerId);
            Put(o, "action", Action);
            Put(o, "position", Position);
            Put(o, "redirect_pool_id", RedirectPoolId);
            Put(o, "redirect_url", RedirectUrl);
            Put(o, "redirect_prefix", RedirectPrefix);
            Put(o, "redirect_http_code", RedirectHttpCode);
        }
    }

    public sealed class L7RuleOptions : LoadBalancingOptions
    {
        public string? Type { get; set; }
        public string? CompareType { get; set; }
        public string? Key { get; set; }
        public string? Value { get; set; }
        public bool? Invert { get; set; }
        /// <summary>Create only: checked so a rule that needs a key has one.</summary>
        public bool Creating { get; set; }

        protected override void Validate()
        {
            if (Name != null || Description != null) throw new ArgumentException("An L7 rule has no name or description.");
            if (Creating && Key == null && (Type == "HEADER" || Type == "COOKIE" || Type == "SSL_DN_FIELD"))
                throw new ArgumentException("A " + Type + " rule needs a key: the name of the " + (Type == "SSL_DN_FIELD" ? "DN field" : Type!.ToLowerInvariant()) + " to compare.");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "type", Type);
            Put(o, "compare_type", CompareType);
            Put(o, "key", Key);
            Put(o, "value", Value);
            Put(o, "invert", Invert);
        }
    }
}
