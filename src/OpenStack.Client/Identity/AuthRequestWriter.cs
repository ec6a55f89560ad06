using System.IO;
using System.Text.Json;
using OpenStack.Client.Core;

namespace OpenStack.Client.Identity
{
    /// <summary>Writes the POST /v3/auth/tokens body for password, application credential and token methods.</summary>
    internal static class AuthRequestWriter
    {
        /// <summary>The body for the session's credentials; <paramref name="projectId"/> (after a project switch) replaces the configured scope.</summary>
        public static byte[] Write(CloudConfig c, string? projectId = null)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteStartObject("auth");
                w.WriteStartObject("identity");
                switch (c.AuthType)
                {
                    case AuthType.ApplicationCredential: WriteApplicationCredential(w, c); break;
                    case AuthType.Token: WriteToken(w, c); break;
                    default: WritePassword(w, c); break;
                }
                w.WriteEndObject();
                // Application credentials carry their own scope; Keystone rejects an explicit one.
                if (c.AuthType != AuthType.ApplicationCredential)
                {
                    if (projectId != null) WriteProjectId(w, projectId);
                    else WriteScope(w, c);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            return stream.ToArray();
        }

        /// <summary>The token method: a token of the same user, scoped to another project (no password needed).</summary>
        public static byte[] WriteRescope(Secret token, string projectId)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteStartObject("auth");
                w.WriteStartObject("identity");
                w.WriteStartArray("methods"); w.WriteStringValue("token"); w.WriteEndArray();
                w.WriteStartObject("token"); w.WriteString("id", token.Reveal()); w.WriteEndObject();
                w.WriteEndObject();
                WriteProjectId(w, projectId);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            return stream.ToArray();
        }

        private static void WriteProjectId(Utf8JsonWriter w, string projectId)
        {
            w.WriteStartObject("scope");
            w.WriteStartObject("project"); w.WriteString("id", projectId); w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void WritePassword(Utf8JsonWriter w, CloudConfig c)
        {
            w.WriteStartArray("methods"); w.WriteStringValue("password"); w.WriteEndArray();
            w.WriteStartObject("password");
            w.WriteStartObject("user");
            WriteUser(w, c);
            w.WriteString("password", c.Password!.Reveal());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void WriteApplicationCredential(Utf8JsonWriter w, CloudConfig c)
        {
            w.WriteStartArray("methods"); w.WriteStringValue("application_credential"); w.WriteEndArray();
            w.WriteStartObject("application_credential");
            if (c.ApplicationCredentialId != null) w.WriteString("id", c.ApplicationCredentialId);
            else
            {
                w.WriteString("name", c.ApplicationCredentialName);
                w.WriteStartObject("user");
                WriteUser(w, c);
                w.WriteEndObject();
            }
            w.WriteString("secret", c.ApplicationCredentialSecret!.Reveal());
            w.WriteEndObject();
        }

        private static void WriteToken(Utf8JsonWriter w, CloudConfig c)
        {
            w.WriteStartArray("methods"); w.WriteStringValue("token"); w.WriteEndArray();
            w.WriteStartObject("token");
            w.WriteString("id", c.Token!.Reveal());
            w.WriteEndObject();
        }

        private static void WriteUser(Utf8JsonWriter w, CloudConfig c)
        {
            if (c.UserId != null) { w.WriteString("id", c.UserId); return; }
            w.WriteString("name", c.Username);
            WriteDomain(w, c.UserDomainName, c.UserDomainId);
        }

        private static void WriteDomain(Utf8JsonWriter w, string? name, string? id)
        {
            if (name == null && id == null) return;
            w.WriteStartObject("domain");
            if (id != null) w.WriteString("id", id); else w.WriteString("name", name);
            w.WriteEndObject();
        }

        private static void WriteScope(Utf8JsonWriter w, CloudConfig c)
        {
            if (c.SystemScope)
            {
                w.WriteStartObject("scope");
                w.WriteStartObject("system"); w.WriteBoolean("all", true); w.WriteEndObject();
                w.WriteEndObject();
            }
            else if (c.ProjectId != null || c.ProjectName != null)
            {
                w.WriteStartObject("scope");
                w.WriteStartObject("project");
                if (c.ProjectId != null) w.WriteString("id", c.ProjectId);
                else { w.WriteString("name", c.ProjectName); WriteDomain(w, c.ProjectDomainName, c.ProjectDomainId); }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            else if (c.DomainId != null || c.DomainName != null)
            {
                w.WriteStartObject("scope");
                w.WriteStartObject("domain");
                if (c.DomainId != null) w.WriteString("id", c.DomainId); else w.WriteString("name", c.DomainName);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            // No scope: Keystone scopes to the user's default project, if any.
        }
    }
}
