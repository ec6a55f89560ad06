using System;
using System.Text.Json.Nodes;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Identity
{
    /// <summary>The body of POST /v3/users. The password is a <see cref="Secret"/>: it is revealed only into the request body.</summary>
    public sealed class UserCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public Secret? Password { get; set; }
        /// <summary>Ids: the cmdlet resolves names first.</summary>
        public string? DomainId { get; set; }
        public string? DefaultProjectId { get; set; }
        /// <summary>Keystone keeps it as an extra attribute, sent back as "email".</summary>
        public string? Email { get; set; }
        public string? Description { get; set; }
        public bool? Enabled { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrEmpty(Name)) throw new ArgumentException("A user needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            Put(o, "domain_id", DomainId);
            Put(o, "default_project_id", DefaultProjectId);
            Put(o, "email", Email);
            Put(o, "description", Description);
            if (Enabled.HasValue) o["enabled"] = Enabled.Value;
            if (Password != null) o["password"] = Password.Reveal();
        }

        public override string ToString() => "user " + Name;
    }

    /// <summary>The body of POST /v3/groups.</summary>
    public sealed class GroupCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string? DomainId { get; set; }
        public string? Description { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrEmpty(Name)) throw new ArgumentException("A group needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            Put(o, "domain_id", DomainId);
            Put(o, "description", Description);
        }
    }
}
