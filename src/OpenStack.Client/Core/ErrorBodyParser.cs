using System;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Pulls the human message out of the error bodies OpenStack services send:
    /// Nova/Cinder <c>{"itemNotFound":{"message":..}}</c>, Neutron <c>{"NeutronError":{"type","message"}}</c>,
    /// Keystone <c>{"error":{"title","message"}}</c>, Magnum/Placement <c>{"errors":[{"title","detail"}]}</c>,
    /// and Glance's plain text or HTML pages.
    /// </summary>
    public static class ErrorBodyParser
    {
        private const int MaxLength = 2000;

        public static string? Parse(string? body, string? contentType = null)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            var trimmed = body!.Trim();
            if (trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal))
            {
                try
                {
                    using var doc = JsonDocument.Parse(trimmed);
                    var fromJson = FromJson(doc.RootElement);
                    if (!string.IsNullOrWhiteSpace(fromJson)) return Clip(Spaces.Replace(Breaks.Replace(fromJson!, " "), " ").Trim());
                }
                catch (JsonException) { /* not JSON after all: treat as text */ }
            }
            return Clip(FromText(trimmed));
        }

        /// <summary>
        /// The service's name for the error: Neutron's <c>{"NeutronError":{"type":"OverQuota"}}</c>, or the one wrapper key of
        /// Nova and Cinder (<c>{"overLimit":{..}}</c>); null when the body has neither.
        /// </summary>
        public static string? ParseType(string? body)
        {
            if (string.IsNullOrWhiteSpace(body) || !body!.TrimStart().StartsWith("{", StringComparison.Ordinal)) return null;
            try
            {
                using var doc = JsonDocument.Parse(body);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object) return null;
                if (root.TryGetProperty("NeutronError", out var neutron)) return Str(neutron, "type");
                string? only = null;
                foreach (var prop in root.EnumerateObject())
                {
                    if (prop.Value.ValueKind != JsonValueKind.Object || only != null) return null;
                    only = prop.Name;
                }
                return only;
            }
            catch (JsonException) { return null; }
        }

        private static string? FromJson(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) return null;
            // Magnum, Placement: {"errors":[{"title":..,"detail":..}]}
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var sb = new StringBuilder();
                foreach (var e in errors.EnumerateArray())
                {
                    var text = Str(e, "detail") ?? Str(e, "title") ?? Str(e, "message");
                    if (text == null) continue;
                    if (sb.Length > 0) sb.Append("; ");
                    sb.Append(text.Trim());
                }
                if (sb.Length > 0) return sb.ToString();
            }
            // Flat bodies: {"message": ..} / {"error_message": ..} / {"faultstring": ..}
            var flat = Str(root, "message") ?? Str(root, "error_message") ?? Str(root, "faultstring") ?? Str(root, "detail");
            if (flat != null) return UnwrapNested(flat);
            // One wrapper object: Nova/Cinder fault name, Keystone "error", Neutron "NeutronError".
            foreach (var prop in root.EnumerateObject())
            {
                if (prop.Value.ValueKind == JsonValueKind.String && prop.Name == "NeutronError") return prop.Value.GetString();
                if (prop.Value.ValueKind != JsonValueKind.Object) continue;
                var msg = Str(prop.Value, "message") ?? Str(prop.Value, "detail") ?? Str(prop.Value, "title");
                if (msg == null) continue;
                var type = Str(prop.Value, "type");
                return type != null && !msg.StartsWith(type, StringComparison.Ordinal) ? type + ": " + msg : msg;
            }
            return null;
        }

        // Magnum wraps some messages as a JSON string inside "faultstring"/"message".
        private static string UnwrapNested(string text)
        {
            var t = text.Trim();
            if (!t.StartsWith("{", StringComparison.Ordinal)) return t;
            try
            {
                using var inner = JsonDocument.Parse(t);
                return FromJson(inner.RootElement) ?? t;
            }
            catch (JsonException) { return t; }
        }

        private static string? Str(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;

        private static readonly Regex Tags = new Regex("<[^>]+>", RegexOptions.Compiled);
        private static readonly Regex Title = new Regex("<title>(.*?)</title>", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.Singleline);
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.Compiled);
        // webob puts its explanation's line breaks into JSON messages too (Glance: "...: http://...<br /><br />").
        private static readonly Regex Breaks = new Regex(@"<br\s*/?>", RegexOptions.Compiled | RegexOptions.IgnoreCase);

        // Glance and webob answer with "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>No image ...</body></html>".
        private static string FromText(string text)
        {
            if (text.IndexOf('<') < 0) return Spaces.Replace(text, " ").Trim();
            var title = Title.Match(text);
            var withoutTitle = Title.Replace(text, " ");
            var plain = System.Net.WebUtility.HtmlDecode(Spaces.Replace(Tags.Replace(withoutTitle, " "), " ")).Trim();
            if (title.Success)
            {
                var t = title.Groups[1].Value.Trim();
                if (plain.StartsWith(t, StringComparison.Ordinal)) plain = plain.Substring(t.Length).Trim();
                if (plain.Length == 0) plain = t;
            }
            return plain;
        }

        private static string Clip(string s) => s.Length <= MaxLength ? s : s.Substring(0, MaxLength) + "…";
    }
}
