using System;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// One connection of the runspace as Get-OSSession -All lists it: its name, whether it is the current one, and
    /// who it signs in as where. -Session and Select-OSSession take it as they take the session itself.
    /// </summary>
    public sealed class SessionEntry
    {
        internal SessionEntry(OpenStackSession session, bool isCurrent)
        {
            Session = session;
            IsCurrent = isCurrent;
        }

        public string? Name => Session.Name;
        public bool IsCurrent { get; }
        public string? CloudName => Session.CloudName;
        public string? UserName => Session.UserName ?? Session.UserId;
        /// <summary>The project, or "domain X" / "system" for tokens of those scopes.</summary>
        public string? Scope => Session.ProjectName ?? (Session.DomainName != null ? "domain " + Session.DomainName : Session.SystemScope ? "system" : null);
        public string? Region => Session.Region;
        public Uri AuthUrl => Session.AuthUrl;
        public DateTimeOffset TokenExpiresAt => Session.TokenExpiresAt;
        public OpenStackSession Session { get; }

        public override string ToString() => Name ?? Session.ToString();
    }
}
