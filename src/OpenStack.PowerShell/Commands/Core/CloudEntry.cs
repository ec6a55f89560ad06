using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>One cloud of clouds.yaml (with what secure.yaml adds), as Get-OSCloud shows it: never a secret.</summary>
    public sealed class CloudEntry
    {
        internal CloudEntry(CloudConfig c, string? secureFile)
        {
            Name = c.CloudName ?? "";
            File = c.Source;
            SecureFile = secureFile;
            AuthUrl = c.AuthUrl;
            AuthType = c.AuthType ?? (c.ApplicationCredentialSecret != null || c.ApplicationCredentialId != null ? Client.Core.AuthType.ApplicationCredential
                : c.Token != null && c.Password == null ? Client.Core.AuthType.Token : Client.Core.AuthType.Password);
            UserName = c.Username ?? c.UserId ?? c.ApplicationCredentialName ?? c.ApplicationCredentialId;
            UserDomain = c.UserDomainName ?? c.UserDomainId;
            ProjectName = c.ProjectName ?? c.ProjectId ?? c.DomainName ?? c.DomainId ?? (c.SystemScope ? "system" : null);
            ProjectDomain = c.ProjectDomainName ?? c.ProjectDomainId;
            Region = c.RegionName;
            Interface = c.Interface;
            HasSecret = c.Password != null || c.ApplicationCredentialSecret != null || c.Token != null;
        }

        public string Name { get; }
        /// <summary>The clouds.yaml the cloud is defined in.</summary>
        public string? File { get; }
        /// <summary>The secure.yaml in use beside it, if any.</summary>
        public string? SecureFile { get; }
        public string? AuthUrl { get; }
        public AuthType AuthType { get; }
        /// <summary>The user (name or id), or the application credential for that auth type.</summary>
        public string? UserName { get; }
        public string? UserDomain { get; }
        /// <summary>The project (name or id), or the domain or "system" the token is scoped to.</summary>
        public string? ProjectName { get; }
        public string? ProjectDomain { get; }
        public string? Region { get; }
        public string? Interface { get; }
        /// <summary>Whether a password, secret or token is written for it (in either file); the value is never shown.</summary>
        public bool HasSecret { get; }

        public override string ToString() => Name;
    }
}
