using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenStack.Client.Core
{
    /// <summary>One clouds.yaml cloud entry → <see cref="CloudConfig"/>.</summary>
    internal static class CloudYamlMapper
    {
        public static CloudConfig ToConfig(Dictionary<string, object?> cloud, string name, string file)
        {
            var auth = cloud.TryGetValue("auth", out var a) && a is Dictionary<string, object?> am ? am : new Dictionary<string, object?>();
            string? S(Dictionary<string, object?> m, params string[] keys)
            {
                foreach (var k in keys)
                    if (m.TryGetValue(k, out var v) && v != null && !(v is Dictionary<string, object?>) && !(v is List<object?>))
                        return Convert.ToString(v, CultureInfo.InvariantCulture);
                return null;
            }
            var c = new CloudConfig
            {
                CloudName = name,
                Source = file,
                AuthType = AuthTypes.Parse(S(cloud, "auth_type"), file + " cloud '" + name + "'"),
                AuthUrl = S(auth, "auth_url"),
                Username = S(auth, "username", "user_name"),
                UserId = S(auth, "user_id"),
                UserDomainName = S(auth, "user_domain_name"),
                UserDomainId = S(auth, "user_domain_id"),
                Password = Secret.From(S(auth, "password")),
                ProjectName = S(auth, "project_name", "tenant_name"),
                ProjectId = S(auth, "project_id", "tenant_id"),
                ProjectDomainName = S(auth, "project_domain_name"),
                ProjectDomainId = S(auth, "project_domain_id"),
                DomainName = S(auth, "domain_name"),
                DomainId = S(auth, "domain_id"),
                SystemScope = S(auth, "system_scope") != null,
                ApplicationCredentialId = S(auth, "application_credential_id"),
                ApplicationCredentialName = S(auth, "application_credential_name"),
                ApplicationCredentialSecret = Secret.From(S(auth, "application_credential_secret")),
                Token = Secret.From(S(auth, "token")),
                RegionName = S(cloud, "region_name") ?? FirstRegion(cloud),
                Interface = S(cloud, "interface", "endpoint_type"),
                Verify = ParseBool(S(cloud, "verify")),
                CACertPath = S(cloud, "cacert"),
                IdentityApiVersion = S(cloud, "identity_api_version"),
            };
            if (S(cloud, "insecure") is string insecure && ParseBool(insecure) == true) c.Verify = false;
            foreach (var kv in cloud)
            {
                if (kv.Value == null || kv.Value is Dictionary<string, object?>) continue;
                var value = Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!;
                if (kv.Key.EndsWith("_endpoint_override", StringComparison.Ordinal))
                    c.EndpointOverrides[ServiceTypes.Canonical(kv.Key.Substring(0, kv.Key.Length - "_endpoint_override".Length))] = value;
                else if (kv.Key.EndsWith("_api_version", StringComparison.Ordinal))
                    c.ApiVersions[ServiceTypes.Canonical(kv.Key.Substring(0, kv.Key.Length - "_api_version".Length))] = value;
            }
            return c;
        }

        private static string? FirstRegion(Dictionary<string, object?> cloud)
        {
            if (!cloud.TryGetValue("regions", out var r) || !(r is List<object?> list) || list.Count == 0) return null;
            var first = list[0];
            if (first is Dictionary<string, object?> m && m.TryGetValue("name", out var n)) return n?.ToString();
            return first?.ToString();
        }

        internal static bool? ParseBool(string? s)
        {
            if (s == null) return null;
            switch (s.Trim().ToLowerInvariant())
            {
                case "true": case "yes": case "1": case "on": return true;
                case "false": case "no": case "0": case "off": return false;
                default: return null;
            }
        }
    }

    /// <summary>OS_* variables (an openrc) → <see cref="CloudConfig"/>.</summary>
    internal static class EnvironmentMapper
    {
        public static CloudConfig ToConfig(Func<string, string?> env)
        {
            var c = new CloudConfig
            {
                Source = "OS_* environment variables",
                AuthType = AuthTypes.Parse(env("OS_AUTH_TYPE"), "OS_AUTH_TYPE"),
                AuthUrl = env("OS_AUTH_URL"),
                Username = env("OS_USERNAME"),
                UserId = env("OS_USER_ID"),
                UserDomainName = env("OS_USER_DOMAIN_NAME"),
                UserDomainId = env("OS_USER_DOMAIN_ID"),
                Password = Secret.From(env("OS_PASSWORD")),
                ProjectName = env("OS_PROJECT_NAME") ?? env("OS_TENANT_NAME"),
                ProjectId = env("OS_PROJECT_ID") ?? env("OS_TENANT_ID"),
                ProjectDomainName = env("OS_PROJECT_DOMAIN_NAME"),
                ProjectDomainId = env("OS_PROJECT_DOMAIN_ID"),
                DomainName = env("OS_DOMAIN_NAME"),
                DomainId = env("OS_DOMAIN_ID"),
                SystemScope = env("OS_SYSTEM_SCOPE") != null,
                ApplicationCredentialId = env("OS_APPLICATION_CREDENTIAL_ID"),
                ApplicationCredentialName = env("OS_APPLICATION_CREDENTIAL_NAME"),
                ApplicationCredentialSecret = Secret.From(env("OS_APPLICATION_CREDENTIAL_SECRET")),
                Token = Secret.From(env("OS_TOKEN")),
                RegionName = env("OS_REGION_NAME"),
                Interface = env("OS_INTERFACE") ?? env("OS_ENDPOINT_TYPE"),
                CACertPath = env("OS_CACERT"),
                IdentityApiVersion = env("OS_IDENTITY_API_VERSION"),
            };
            if (CloudYamlMapper.ParseBool(env("OS_INSECURE")) == true) c.Verify = false;
            foreach (var type in ServiceTypes.Known)
            {
                var prefix = "OS_" + type.Replace('-', '_').ToUpperInvariant();
                if (env(prefix + "_API_VERSION") is string v) c.ApiVersions[type] = v;
                if (env(prefix + "_ENDPOINT_OVERRIDE") is string e) c.EndpointOverrides[type] = e;
            }
            // openrc files name the volume service by its old type
            if (env("OS_VOLUME_API_VERSION") is string vv && !c.ApiVersions.ContainsKey(ServiceTypes.BlockStorage))
                c.ApiVersions[ServiceTypes.BlockStorage] = vv;
            return c;
        }
    }

    internal static class AuthTypes
    {
        public static AuthType? Parse(string? value, string where)
        {
            if (value == null) return null;
            switch (value.Trim().ToLowerInvariant().Replace('-', '_'))
            {
                case "password": case "v3password": return AuthType.Password;
                case "v3applicationcredential": case "application_credential": case "applicationcredential": return AuthType.ApplicationCredential;
                case "token": case "v3token": return AuthType.Token;
                default:
                    throw new ConfigurationException(where + ": auth_type '" + value + "' is not supported; use password, v3applicationcredential or token.");
            }
        }
    }
}
