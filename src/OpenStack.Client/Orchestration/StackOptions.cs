using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Orchestration
{
    /// <summary>The body of a stack create, update, preview or template validation.</summary>
    public sealed class StackOptions : ResourceOptions
    {
        public string? Name { get; set; }
        /// <summary>The template as JSON (from <see cref="StackTemplates"/>), or its text for Heat to parse.</summary>
        public JsonNode? Template { get; set; }
        /// <summary>Where Heat fetches the template itself.</summary>
        public string? TemplateUrl { get; set; }
        public IDictionary<string, string>? Files { get; set; }
        public JsonObject? Environment { get; set; }
        public IDictionary<string, JsonNode?>? Parameters { get; set; }
        public int? TimeoutMinutes { get; set; }
        public IList<string>? Tags { get; set; }
        /// <summary>Whether a failed create or update is rolled back; Heat's CLI creates with rollback off, so failures stay to be read.</summary>
        public bool? DisableRollback { get; set; }
        /// <summary>An update or preview with -Existing: the template may be left out (the stack's own is kept).</summary>
        public bool TemplateOptional { get; set; }

        protected override void Validate()
        {
            if (Template != null && TemplateUrl != null) throw new ArgumentException("Give the template once: as a file or text, or as a URL.");
            if (Template == null && TemplateUrl == null && !TemplateOptional) throw new ArgumentException("A template is required: -TemplateFile, -Template or -TemplateUrl.");
            if (TimeoutMinutes.HasValue && TimeoutMinutes.Value < 1) throw new ArgumentException("A stack's timeout is at least one minute.");
        }

        protected override void Write(JsonObject o)
        {
            Put(o, "stack_name", Name);
            Put(o, "template", Template?.DeepClone());
            Put(o, "template_url", TemplateUrl);
            if (Files != null && Files.Count > 0)
            {
                var files = new JsonObject();
                foreach (var kv in Files) files[kv.Key] = kv.Value;
                o["files"] = files;
            }
            Put(o, "environment", Environment?.DeepClone());
            if (Parameters != null)
            {
                var p = new JsonObject();
                foreach (var kv in Parameters) p[kv.Key] = kv.Value?.DeepClone();
                o["parameters"] = p;
            }
            if (TimeoutMinutes.HasValue) o["timeout_mins"] = TimeoutMinutes.Value;
            if (Tags != null && Tags.Count > 0) o["tags"] = string.Join(",", Tags);
            if (DisableRollback.HasValue) o["disable_rollback"] = DisableRollback.Value;
        }
    }
}
