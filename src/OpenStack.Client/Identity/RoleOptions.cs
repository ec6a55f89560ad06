using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Identity
{
    /// <summary>A new role: global, or with a domain id one that only that domain's assignments use.</summary>
    public sealed class RoleCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public string? DomainId { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A role needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            Put(o, "description", Description);
            Put(o, "domain_id", DomainId);
        }
    }

    /// <summary>An access rule of an application credential: a method on a path of a service, or an existing rule by id.</summary>
    public sealed class AccessRule
    {
        public string? Id { get; set; }
        public string? Service { get; set; }
        public string? Method { get; set; }
        public string? Path { get; set; }
    }

    /// <summary>
    /// A new application credential of the session's user. Its secret, when given, goes in the body only (the request
    /// trace masks "secret"); without one Keystone makes one up and returns it once.
    /// </summary>
    public sealed class ApplicationCredentialCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        /// <summary>Roles by id or name (Keystone takes either, so a user who may not list roles can still name them); none: every role the user has on the token's project.</summary>
        public List<string> Roles { get; } = new List<string>();
        public DateTime? ExpiresAt { get; set; }
        public bool Unrestricted { get; set; }
        public List<AccessRule> AccessRules { get; } = new List<AccessRule>();
        public Secret? Secret { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("An application credential needs a name.");
            if (Secret != null && Secret.IsEmpty) throw new ArgumentException("An application credential's secret cannot be empty.");
            if (ExpiresAt.HasValue && ToUtc(ExpiresAt.Value) <= DateTime.UtcNow)
                throw new ArgumentException("The expiry " + Iso(ExpiresAt.Value) + " is already past.");
            foreach (var r in AccessRules)
                if (r.Id == null && (string.IsNullOrEmpty(r.Service) || string.IsNullOrEmpty(r.Method) || string.IsNullOrEmpty(r.Path)))
                    throw new ArgumentException("An access rule needs a Service, a Method and a Path (or the Id of an existing rule).");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            Put(o, "description", Description);
            if (Roles.Count > 0)
            {
                var roles = new JsonArray();
                foreach (var r in Roles) roles.Add(NameResolver.LooksLikeId(r) ? new JsonObject { ["id"] = r } : new JsonObject { ["name"] = r });
                o["roles"] = roles;
            }
            if (ExpiresAt.HasValue) o["expires_at"] = Iso(ExpiresAt.Value);
            if (Unrestricted) o["unrestricted"] = true;
            if (AccessRules.Count > 0)
            {
                var rules = new JsonArray();
                foreach (var r in AccessRules)
                {
                    var rule = new JsonObject();
                    Put(rule, "id", r.Id);
                    Put(rule, "service", r.Service);
                    Put(rule, "method", r.Method?.ToUpperInvariant());
                    Put(rule, "path", r.Path);
                    rules.Add(rule);
                }
                o["access_rules"] = rules;
            }
            if (Secret != null) o["secret"] = Secret.Reveal();
        }

        // A DateTime of unspecified kind is taken as local time, as PowerShell's [datetime] casts make it.
        private static DateTime ToUtc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : t.ToUniversalTime();

        /// <summary>ISO 8601 in UTC, to the microsecond, as Keystone writes it.</summary>
        internal static string Iso(DateTime t) => ToUtc(t).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }
}
