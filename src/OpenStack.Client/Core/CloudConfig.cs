using System;
using System.Collections.Generic;

namespace OpenStack.Client.Core
{
    /// <summary>How to authenticate with Keystone v3.</summary>
    public enum AuthType { Password, ApplicationCredential, Token }

    /// <summary>
    /// Everything needed to reach one cloud: the merge of explicit arguments, a clouds.yaml entry
    /// (with secure.yaml) or OS_* variables. Null means "not given".
    /// </summary>
    public sealed class CloudConfig
    {
        public string? CloudName { get; set; }
        /// <summary>Where the settings came from: a clouds.yaml path, "environment" or "parameters".</summary>
        public string? Source { get; set; }
        public AuthType? AuthType { get; set; }
        /// <summary>Keystone's URL. A user name and password written into it (https://user:pw@host/v3) are dropped as it is
        /// set: Keystone takes credentials in the request body, and the URL is shown in traces, errors and the session.</summary>
        public string? AuthUrl
        {
            get => _authUrl;
            set => _authUrl = WithoutUserInfo(value);
        }

        private string? _authUrl;

        private static readonly System.Text.RegularExpressions.Regex UserInfo =
            new System.Text.RegularExpressions.Regex(@"^(\s*[A-Za-z][A-Za-z0-9+.\-]*://)[^/?#]*@", System.Text.RegularExpressions.RegexOptions.Compiled);

        /// <summary>The URL without its user information, for display and use.</summary>
        public static string? WithoutUserInfo(string? url) => url == null ? null : UserInfo.Replace(url, "$1");

        public string? Username { get; set; }
        public string? UserId { get; set; }
        public string? UserDomainName { get; set; }
        public string? UserDomainId { get; set; }
        public Secret? Password { get; set; }

        public string? ProjectName { get; set; }
        public string? ProjectId { get; set; }
        public string? ProjectDomainName { get; set; }
        public string? ProjectDomainId { get; set; }
        /// <summary>Domain scope (or the default for user and project domains).</summary>
        public string? DomainName { get; set; }
        public string? DomainId { get; set; }
        public bool SystemScope { get; set; }

        public string? ApplicationCredentialId { get; set; }
        public string? ApplicationCredentialName { get; set; }
        public Secret? ApplicationCredentialSecret { get; set; }

        public Secret? Token { get; set; }

        public string? RegionName { get; set; }
        public string? Interface { get; set; }
        public bool? Verify { get; set; }
        public string? CACertPath { get; set; }
        public string? IdentityApiVersion { get; set; }

        /// <summary>Service type → endpoint URL, from <c>&lt;service&gt;_endpoint_override</c>.</summary>
        public Dictionary<string, string> EndpointOverrides { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Service type → API version or microversion, from <c>&lt;service&gt;_api_version</c>.</summary>
        public Dictionary<string, string> ApiVersions { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Fills every unset value of this config from <paramref name="lower"/> (lower precedence).</summary>
        public CloudConfig MergeFrom(CloudConfig lower)
        {
            CloudName ??= lower.CloudName;
            Source ??= lower.Source;
            AuthType ??= lower.AuthType;
            AuthUrl ??= lower.AuthUrl;
            Username ??= lower.Username; UserId ??= lower.UserId;
            UserDomainName ??= lower.UserDomainName; UserDomainId ??= lower.UserDomainId;
            Password ??= lower.Password;
            ProjectName ??= lower.ProjectName; ProjectId ??= lower.ProjectId;
            ProjectDomainName ??= lower.ProjectDomainName; ProjectDomainId ??= lower.ProjectDomainId;
            DomainName ??= lower.DomainName; DomainId ??= lower.DomainId;
            SystemScope = SystemScope || lower.SystemScope;
            ApplicationCredentialId ??= lower.ApplicationCredentialId;
            ApplicationCredentialName ??= lower.ApplicationCredentialName;
            ApplicationCredentialSecret ??= lower.ApplicationCredentialSecret;
            Token ??= lower.Token;
            RegionName ??= lower.RegionName; Interface ??= lower.Interface;
            Verify ??= lower.Verify; CACertPath ??= lower.CACertPath;
            IdentityApiVersion ??= lower.IdentityApiVersion;
            foreach (var kv in lower.EndpointOverrides) if (!EndpointOverrides.ContainsKey(kv.Key)) EndpointOverrides[kv.Key] = kv.Value;
            foreach (var kv in lower.ApiVersions) if (!ApiVersions.ContainsKey(kv.Key)) ApiVersions[kv.Key] = kv.Value;
            return this;
        }

        /// <summary>Fails early, naming what is missing, instead of sending Keystone a request it will reject.</summary>
        public void Validate()
        {
            var where = CloudName != null ? " for cloud '" + CloudName + "'" : Source != null ? " (" + Source + ")" : "";
            if (string.IsNullOrWhiteSpace(AuthUrl))
                throw new ConfigurationException("No auth URL" + where + ": give -AuthUrl, a clouds.yaml cloud with auth.auth_url, or OS_AUTH_URL.");
            if (!Uri.TryCreate(AuthUrl, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                throw new ConfigurationException("The auth URL '" + AuthUrl + "'" + where + " is not an http(s) URL.");
            AuthType ??= ApplicationCredentialSecret != null ? Core.AuthType.ApplicationCredential
                : Token != null && Password == null ? Core.AuthType.Token
                : Core.AuthType.Password;
            switch (AuthType)
            {
                case Core.AuthType.Password:
                    if (Username == null && UserId == null)
                        throw new ConfigurationException("No user name or user id" + where + " for password authentication.");
                    if (Password == null)
                        throw new ConfigurationException("No password" + where + " for password authentication.");
                    break;
                case Core.AuthType.ApplicationCredential:
                    if (ApplicationCredentialSecret == null)
                        throw new ConfigurationException("No application credential secret" + where + ".");
                    if (ApplicationCredentialId == null && (ApplicationCredentialName == null || (Username == null && UserId == null)))
                        throw new ConfigurationException("An application credential needs its id, or its name with the user's name or id" + where + ".");
                    break;
                case Core.AuthType.Token:
                    if (Token == null) throw new ConfigurationException("No token" + where + " for token authentication.");
                    break;
            }
        }
    }
}
