using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenStack.Client.Http
{
    /// <summary>Hides secrets in headers and bodies before anything is traced.</summary>
    public static class Redactor
    {
        public const string Mask = "***";

        private static readonly HashSet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "X-Auth-Token", "X-Subject-Token", "X-Service-Token", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
            // Swift's temp URL keys sign URLs that open objects to anyone.
            "X-Account-Meta-Temp-URL-Key", "X-Account-Meta-Temp-URL-Key-2", "X-Container-Meta-Temp-URL-Key", "X-Container-Meta-Temp-URL-Key-2",
        };

        private static readonly HashSet<string> SecretKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "password", "secret", "adminPass", "admin_pass", "original_password", "new_password", "token_id", "private_key",
            "application_credential_secret", "auth_token", "access_token", "refresh_token", "client_secret",
            "auth_key", // a Cinder volume transfer's key
        };

        private static readonly Regex FormSecrets = new Regex(@"(?i)(password|secret|token|adminPass)(""?\s*[:=]\s*""?)([^""&\s,}]+)", RegexOptions.Compiled);

        public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

        public static string Header(string name, string value) => IsSecretHeader(name) ? Mask : value;

        /// <summary>A body with every secret value masked. JSON is walked; anything else gets a pattern scrub.</summary>
        public static string Body(string body)
        {
            var trimmed = body.TrimStart();
            if (trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal))
            {
                try
                {
                    var node = JsonNode.Parse(body);
                    if (node != null)
                    {
                        Walk(node, null);
                        return node.ToJsonString();
                    }
                }
                catch (JsonException) { /* fall through to the pattern scrub */ }
            }
            return FormSecrets.Replace(body, m => m.Groups[1].Value + m.Groups[2].Value + Mask);
        }

        private static void Walk(JsonNode node, string? parentKey)
        {
            if (node is JsonObject obj)
            {
                var keys = new List<string>();
                foreach (var kv in obj) keys.Add(kv.Key);
                foreach (var key in keys)
                {
                    var child = obj[key];
                    // Keystone's token auth method carries the token as {"token": {"id": ...}}.
                    // A console URL carries a token that opens the console to whoever holds it.
                    var secret = SecretKeys.Contains(key) || (key == "id" && parentKey == "token") ||
                        (key == "url" && (parentKey == "remote_console" || parentKey == "console"));
                    if (secret && (child == null || child is JsonValue)) obj[key] = Mask;
                    else if (Embedded(child) is string redacted) obj[key] = redacted;
                    else if (child != null) Walk(child, key);
                }
            }
            else if (node is JsonArray arr)
            {
                for (var i = 0; i < arr.Count; i++)
                {
                    if (Embedded(arr[i]) is string redacted) arr[i] = redacted;
                    else if (arr[i] is JsonNode item) Walk(item, parentKey);
                }
            }
        }

        /// <summary>
        /// A string value that is itself JSON (Keystone's EC2 credential keeps its access key and secret as JSON text in
        /// "blob"), redacted; null when the value is not such a string.
        /// </summary>
        private static string? Embedded(JsonNode? node)
        {
            if (!(node is JsonValue value) || !value.TryGetValue<string>(out var text)) return null;
            var trimmed = text.TrimStart();
            if (!(trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal))) return null;
            try
            {
                var inner = JsonNode.Parse(text);
                if (inner == null) return null;
                Walk(inner, null);
                return inner.ToJsonString();
            }
            catch (JsonException) { return FormSecrets.Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + Mask); }
        }
    }
}
