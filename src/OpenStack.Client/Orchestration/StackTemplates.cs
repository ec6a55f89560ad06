using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenStack.Client.Orchestration
{
    /// <summary>
    /// A template or environment with the local files it refers to, as python-heatclient sends them: each <c>get_file</c>,
    /// each <c>type:</c> ending in .yaml or .template, and each resource_registry entry that names no built-in type
    /// (no "::") is read relative to the file that mentions it, the reference is rewritten to the file's absolute
    /// file:// URL, and the content goes into <see cref="Files"/> under that URL; nested templates are processed the
    /// same way and sent as JSON.
    /// </summary>
    public sealed class StackTemplates
    {
        /// <summary>file:// URL → content (nested templates as JSON text).</summary>
        public Dictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Reads a template from disk with every file it refers to.</summary>
        public JsonNode ReadTemplateFile(string path)
        {
            var full = Path.GetFullPath(path);
            return ReadTemplateText(File.ReadAllText(full), BaseOf(FileUrl(full)));
        }

        /// <summary>
        /// A template given as text: files it refers to are read relative to <paramref name="baseUrl"/> (a directory's
        /// file:// URL). Text that is not a YAML mapping goes to Heat as it is, so that Heat's own parser says what is wrong.
        /// </summary>
        public JsonNode ReadTemplateText(string text, string baseUrl)
        {
            JsonObject? template;
            try { template = Parse(text, "the template") as JsonObject; }
            catch (ArgumentException) { template = null; }
            return template == null ? JsonValue.Create(text)! : ProcessTemplate(template, Dir(baseUrl));
        }

        /// <summary>The file:// URL of a directory, for <see cref="ReadTemplateText"/>.</summary>
        public static string DirectoryUrl(string directory) => Dir(FileUrl(Path.GetFullPath(directory)));

        /// <summary>Reads environment files, later ones overriding earlier ones key by key, with the files their registries name.</summary>
        public JsonObject ReadEnvironmentFiles(IEnumerable<string> paths)
        {
            var merged = new JsonObject();
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(path);
                var env = Parse(File.ReadAllText(full), full) as JsonObject
                    ?? throw new ArgumentException("The environment file " + path + " does not hold a mapping (parameters, parameter_defaults, resource_registry...).");
                if (env["resource_registry"] is JsonObject registry) ResolveRegistry(registry, BaseOf(FileUrl(full)));
                DeepMerge(merged, env);
            }
            return merged;
        }

        private JsonObject ProcessTemplate(JsonObject template, string baseUrl)
        {
            Walk(template, baseUrl, (key, value) =>
                value is string s && (key == "get_file" || (key == "type" && (s.EndsWith(".yaml", StringComparison.Ordinal) || s.EndsWith(".template", StringComparison.Ordinal)))));
            return template;
        }

        private void ResolveRegistry(JsonObject registry, string envBase)
        {
            var baseUrl = Dir(registry["base_url"]?.ToString() ?? envBase);
            bool IsFile(string key, string? value) => key != "base_url" && key != "hooks" && key != "restricted_actions" && value != null && !value.Contains("::");
            Rewrite(registry, baseUrl, IsFile);
            if (registry["resources"] is JsonObject resources)
                foreach (var kv in resources.ToList())
                    if (kv.Value is JsonObject res) Rewrite(res, Dir(res["base_url"]?.ToString() ?? baseUrl), IsFile);
        }

        /// <summary>Every mapping in the tree gets its file references rewritten.</summary>
        private void Walk(JsonNode? node, string baseUrl, Func<string, string?, bool> isFile)
        {
            if (node is JsonObject o)
            {
                foreach (var kv in o.ToList()) Walk(kv.Value, baseUrl, isFile);
                Rewrite(o, baseUrl, isFile);
            }
            else if (node is JsonArray a) foreach (var item in a.ToList()) Walk(item, baseUrl, isFile);
        }

        private void Rewrite(JsonObject o, string baseUrl, Func<string, string?, bool> isFile)
        {
            foreach (var kv in o.ToList())
            {
                var value = kv.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (!isFile(kv.Key, value)) continue;
                var url = new Uri(new Uri(baseUrl), value!).AbsoluteUri;
                if (!Files.ContainsKey(url)) Files[url] = Load(url);
                o[kv.Key] = url;
            }
        }

        private string Load(string url)
        {
            var uri = new Uri(url);
            if (!uri.IsFile) return "";   // an http(s) reference is fetched by Heat itself
            var path = uri.LocalPath;
            if (!File.Exists(path)) throw new FileNotFoundException("The template refers to " + path + ", which does not exist.", path);
            var text = File.ReadAllText(path);
            if (!LooksLikeTemplate(text, path, out var nested)) return text;
            Files[url] = "";  // a template that refers back to itself is read once
            return ProcessTemplate(nested!, BaseOf(url)).ToJsonString();
        }

        private static bool LooksLikeTemplate(string text, string path, out JsonObject? template)
        {
            template = null;
            if (!(path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ||
                  path.EndsWith(".template", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))) return false;
            try { template = Parse(text, path) as JsonObject; }
            catch (ArgumentException) { return false; }
            return template != null && (template.ContainsKey("heat_template_version") || template.ContainsKey("HeatTemplateFormatVersion") ||
                                        template.ContainsKey("AWSTemplateFormatVersion"));
        }

        internal static string FileUrl(string fullPath) => new Uri(fullPath).AbsoluteUri;
        private static string BaseOf(string url) => url.Substring(0, url.LastIndexOf('/') + 1);
        private static string Dir(string url) => url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";

        private static void DeepMerge(JsonObject into, JsonObject from)
        {
            foreach (var kv in from.ToList())
            {
                if (kv.Value is JsonObject f && into[kv.Key] is JsonObject t) DeepMerge(t, f);
                else into[kv.Key] = kv.Value?.DeepClone();
            }
        }

        /// <summary>
        /// YAML (or JSON) as JSON, with Heat's reading of plain scalars: null, booleans, integers and floats as such,
        /// dates kept as text (Heat reads timestamps as strings), quoted scalars as strings.
        /// </summary>
        public static JsonNode? Parse(string text, string source)
        {
            var parser = new Parser(new StringReader(text));
            try
            {
                parser.Consume<StreamStart>();
                if (parser.TryConsume<StreamEnd>(out _)) return null;
                parser.Consume<DocumentStart>();
                return Node(parser, new Dictionary<string, JsonNode?>(StringComparer.Ordinal));
            }
            catch (YamlException ex)
            {
                throw new ArgumentException(source + " cannot be read as YAML: line " + ex.Start.Line + ", column " + ex.Start.Column + ": " + (ex.InnerException?.Message ?? ex.Message), ex);
            }
        }

        private static JsonNode? Node(IParser parser, Dictionary<string, JsonNode?> anchors)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
                return anchors.TryGetValue(alias.Value.Value, out var target) ? target?.DeepClone() : throw new YamlException(alias.Start, alias.End, "unknown alias *" + alias.Value.Value);
            if (parser.TryConsume<Scalar>(out var scalar)) return Keep(scalar, Scalar(scalar), anchors);
            if (parser.TryConsume<SequenceStart>(out var seq))
            {
                var list = new JsonArray();
                while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Node(parser, anchors));
                return Keep(seq, list, anchors);
            }
            var mapStart = parser.Consume<MappingStart>();
            var map = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = Node(parser, anchors)?.ToString() ?? "";
                map[key] = Node(parser, anchors);
            }
            return Keep(mapStart, map, anchors);
        }

        private static JsonNode? Keep(NodeEvent e, JsonNode? value, Dictionary<string, JsonNode?> anchors)
        {
            if (!e.Anchor.IsEmpty) anchors[e.Anchor.Value] = value?.DeepClone();
            return value;
        }

        private static readonly Regex Int = new Regex(@"^[-+]?[0-9]+$");
        private static readonly Regex Float = new Regex(@"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$");

        private static JsonNode? Scalar(Scalar s)
        {
            var v = s.Value;
            if (s.Style != ScalarStyle.Plain) return JsonValue.Create(v);
            switch (v)
            {
                case "": case "~": case "null": case "Null": case "NULL": return null;
                case "true": case "True": case "TRUE": case "yes": case "Yes": case "YES": case "on": case "On": case "ON": return JsonValue.Create(true);
                case "false": case "False": case "FALSE": case "no": case "No": case "NO": case "off": case "Off": case "OFF": return JsonValue.Create(false);
            }
            if (Int.IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
            if (Float.IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return JsonValue.Create(d);
            return JsonValue.Create(v);
        }
    }
}
