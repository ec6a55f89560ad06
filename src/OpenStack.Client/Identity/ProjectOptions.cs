using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Identity
{
    /// <summary>A new Keystone project. Ids (domain, parent) are resolved by the caller.</summary>
    public sealed class ProjectCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string? DomainId { get; set; }
        public string? ParentId { get; set; }
        public string? Description { get; set; }
        public IList<string>? Tags { get; set; }
        public bool Enabled { get; set; } = true;

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new System.ArgumentException("A project needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            if (DomainId != null) o["domain_id"] = DomainId;
            if (ParentId != null) o["parent_id"] = ParentId;
            if (Description != null) o["description"] = Description;
            if (Tags != null) { var a = new JsonArray(); foreach (var t in Tags) a.Add(t); o["tags"] = a; }
            o["enabled"] = Enabled;
        }
    }

    /// <summary>A new Keystone domain.</summary>
    public sealed class DomainCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public bool Enabled { get; set; } = true;

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new System.ArgumentException("A domain needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            if (Description != null) o["description"] = Description;
            o["enabled"] = Enabled;
        }
    }
}
