using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Writes a <see cref="CloudConfig"/> the ways other OpenStack tools read it: a clouds.yaml entry, an openrc for
    /// bash, or a PowerShell script setting the same OS_* variables. Secrets are written only if the config holds them
    /// (see <see cref="OpenStackSession.ExportSettings"/>).
    /// </summary>
    public static class CloudConfigWriter
    {
        /// <summary>The clouds.yaml entry: auth_type, auth (auth_url, user, project, domains, secrets held), region, interface...</summary>
        public static Dictionary<string, object?> ToCloudsYamlEntry(CloudConfig c)
        {
            var auth = new Dictionary<string, object?>(StringComparer.Ordinal);
            void A(string key, string? value) { if (!string.IsNullOrEmpty(value)) auth[key] = value; }
            A("auth_url", c.AuthUrl);
            A("username", c.Username); A("user_id", c.UserId);
            A("user_domain_name", c.UserDomainName); A("user_domain_id", c.UserDomainId);
            A("password", c.Password?.Reveal());
            A("project_name", c.ProjectName); A("project_id", c.ProjectId);
            A("project_domain_name", c.ProjectDomainName); A("project_domain_id", c.ProjectDomainId);
            A("domain_name", c.DomainName); A("domain_id", c.DomainId);
            if (c.SystemScope) auth["system_scope"] = "all";
            A("application_credential_id", c.ApplicationCredentialId);
            A("application_credential_name", c.ApplicationCredentialName);
            A("application_credential_secret", c.ApplicationCredentialSecret?.Reveal());
            A("token", c.Token?.Reveal());
            var cloud = new Dictionary<string, object?>(StringComparer.Ordinal) { ["auth_type"] = AuthTypeName(c.AuthType), ["auth"] = auth };
            void C(string key, string? value) { if (!string.IsNullOrEmpty(value)) cloud[key] = value; }
            C("region_name", c.RegionName);
            C("interface", c.Interface);
            if (c.Verify == false) cloud["verify"] = false;
            C("cacert", c.CACertPath);
            C("identity_api_version", c.IdentityApiVersion);
            foreach (var kv in c.EndpointOverrides.OrderBy(k => k.Key, StringComparer.Ordinal)) cloud[kv.Key.Replace('-', '_') + "_endpoint_override"] = kv.Value;
            foreach (var kv in c.ApiVersions.OrderBy(k => k.Key, StringComparer.Ordinal)) cloud[kv.Key.Replace('-', '_') + "_api_version"] = kv.Value;
            return cloud;
        }

        /// <summary>
        /// A clouds.yaml document: the clouds already in <paramref name="existing"/> (the tree of the file being replaced,
        /// or null) with <paramref name="name"/> set to <paramref name="entry"/>.
        /// </summary>
        public static string ToCloudsYaml(Dictionary<string, object?>? existing, string name, Dictionary<string, object?> entry)
        {
            var root = existing != null ? new Dictionary<string, object?>(existing, StringComparer.Ordinal) : new Dictionary<string, object?>(StringComparer.Ordinal);
            var clouds = root.TryGetValue("clouds", out var c) && c is Dictionary<string, object?> m
                ? new Dictionary<string, object?>(m, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            clouds[name] = new Written(entry);
            root["clouds"] = clouds;
            var text = new StringWriter(CultureInfo.InvariantCulture);
            var emitter = new Emitter(text);
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart());
            Emit(emitter, root);
            emitter.Emit(new DocumentEnd(true));
            emitter.Emit(new StreamEnd());
            return text.ToString();
        }

        /// <summary>Reads an existing clouds.yaml (to add to it).</summary>
        public static Dictionary<string, object?> ReadCloudsYaml(string path) => CloudConfigLoader.ReadYaml(path);

        /// <summary>An openrc for bash. Without a password in the config it asks for one when sourced, as Horizon's does.</summary>
        public static string ToOpenRc(CloudConfig c)
        {
            var sb = new StringBuilder("#!/usr/bin/env bash\n# Source this file: . ./" + "openrc\n");
            foreach (var kv in Variables(c)) sb.Append("export ").Append(kv.Key).Append('=').Append(ShellQuote(kv.Value)).Append('\n');
            if (NeedsPassword(c))
                sb.Append("if [ -z \"${OS_PASSWORD:-}\" ]; then\n  read -srp \"OpenStack password for $OS_USERNAME: \" OS_PASSWORD; echo\n  export OS_PASSWORD\nfi\n");
            return sb.ToString();
        }

        /// <summary>The same variables for PowerShell; without a password it asks for one when run.</summary>
        public static string ToPowerShell(CloudConfig c)
        {
            var sb = new StringBuilder("# Dot-source this file (. ./openrc.ps1), then Connect-OpenStack.\n");
            foreach (var kv in Variables(c)) sb.Append("$env:").Append(kv.Key).Append(" = ").Append(PsQuote(kv.Value)).Append('\n');
            if (NeedsPassword(c))
                sb.Append("if (-not $env:OS_PASSWORD) {\n" +
                          "    $env:OS_PASSWORD = [System.Net.NetworkCredential]::new('', (Read-Host \"OpenStack password for $env:OS_USERNAME\" -AsSecureString)).Password\n" +
                          "}\n");
            return sb.ToString();
        }

        private static bool NeedsPassword(CloudConfig c) =>
            (c.AuthType ?? AuthType.Password) == AuthType.Password && c.Password == null && c.Token == null && c.ApplicationCredentialSecret == null;

        private static IEnumerable<KeyValuePair<string, string>> Variables(CloudConfig c)
        {
            var list = new List<KeyValuePair<string, string>>();
            void V(string key, string? value) { if (!string.IsNullOrEmpty(value)) list.Add(new KeyValuePair<string, string>(key, value!)); }
            V("OS_AUTH_TYPE", c.AuthType == null || c.AuthType == AuthType.Password ? null : AuthTypeName(c.AuthType));
            V("OS_AUTH_URL", c.AuthUrl);
            V("OS_IDENTITY_API_VERSION", c.IdentityApiVersion ?? (c.ApiVersions.TryGetValue(ServiceTypes.Identity, out var iv) ? iv : "3"));
            V("OS_USERNAME", c.Username); V("OS_USER_ID", c.UserId);
            V("OS_USER_DOMAIN_NAME", c.UserDomainName); V("OS_USER_DOMAIN_ID", c.UserDomainId);
            V("OS_PASSWORD", c.Password?.Reveal());
            V("OS_PROJECT_NAME", c.ProjectName); V("OS_PROJECT_ID", c.ProjectId);
            V("OS_PROJECT_DOMAIN_NAME", c.ProjectDomainName); V("OS_PROJECT_DOMAIN_ID", c.ProjectDomainId);
            V("OS_DOMAIN_NAME", c.DomainName); V("OS_DOMAIN_ID", c.DomainId);
            if (c.SystemScope) V("OS_SYSTEM_SCOPE", "all");
            V("OS_APPLICATION_CREDENTIAL_ID", c.ApplicationCredentialId);
            V("OS_APPLICATION_CREDENTIAL_NAME", c.ApplicationCredentialName);
            V("OS_APPLICATION_CREDENTIAL_SECRET", c.ApplicationCredentialSecret?.Reveal());
            V("OS_TOKEN", c.Token?.Reveal());
            V("OS_REGION_NAME", c.RegionName);
            V("OS_INTERFACE", c.Interface);
            if (c.Verify == false) V("OS_INSECURE", "true");
            V("OS_CACERT", c.CACertPath);
            foreach (var kv in c.ApiVersions.Where(k => k.Key != ServiceTypes.Identity).OrderBy(k => k.Key, StringComparer.Ordinal)) V("OS_" + kv.Key.Replace('-', '_').ToUpperInvariant() + "_API_VERSION", kv.Value);
            foreach (var kv in c.EndpointOverrides.OrderBy(k => k.Key, StringComparer.Ordinal)) V("OS_" + kv.Key.Replace('-', '_').ToUpperInvariant() + "_ENDPOINT_OVERRIDE", kv.Value);
            return list;
        }

        private static string AuthTypeName(AuthType? type) => type switch
        {
            AuthType.ApplicationCredential => "v3applicationcredential",
            AuthType.Token => "v3token",
            _ => "password",
        };

        private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''") + "'";

        private static string PsQuote(string value) => "'" + value.Replace("'", "''") + "'";

        private static bool LooksTyped(string text) =>
            text.Length == 0 || CloudYamlMapper.ParseBool(text) != null || text == "~" ||
            string.Equals(text, "null", StringComparison.OrdinalIgnoreCase) ||
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

        /// <summary>The entry this writer made: its strings are strings, even those that look like booleans or numbers.</summary>
        private sealed class Written
        {
            public Written(Dictionary<string, object?> entry) { Entry = entry; }
            public Dictionary<string, object?> Entry { get; }
        }

        // Scalars read back from an existing file lost their quoting: written plain, as clouds.yaml files mostly have them.
        private static void Emit(IEmitter emitter, object? node, bool ours = false)
        {
            switch (node)
            {
                case Written written:
                    Emit(emitter, written.Entry, true);
                    break;
                case Dictionary<string, object?> map:
                    emitter.Emit(new MappingStart());
                    foreach (var kv in map)
                    {
                        emitter.Emit(new Scalar(kv.Key));
                        Emit(emitter, kv.Value, ours);
                    }
                    emitter.Emit(new MappingEnd());
                    break;
                case List<object?> list:
                    emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
                    foreach (var item in list) Emit(emitter, item, ours);
                    emitter.Emit(new SequenceEnd());
                    break;
                case null:
                    emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                    break;
                case bool flag:
                    emitter.Emit(new Scalar(null, null, flag ? "true" : "false", ScalarStyle.Plain, true, false));
                    break;
                default:
                    var text = Convert.ToString(node, CultureInfo.InvariantCulture) ?? "";
                    // A string that YAML would read as a boolean, number or null when plain is quoted, so it comes back a string.
                    emitter.Emit(new Scalar(null, null, text, ours && LooksTyped(text) ? ScalarStyle.SingleQuoted : ScalarStyle.Any, true, true));
                    break;
            }
        }
    }
}
