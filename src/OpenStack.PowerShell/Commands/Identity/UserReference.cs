using System.Threading;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>The user a cmdlet is about (whose application credentials, whose role assignments): the one named, or else the session's own.</summary>
    internal static class UserReference
    {
        public static string UserId(OpenStackSession session, NameOrId? user, System.Func<System.Func<CancellationToken, System.Threading.Tasks.Task<string>>, string> run)
        {
            if (user == null)
                return session.UserId ?? throw new System.ArgumentException("This session's token names no user (a token of an application credential or a trust?): give -User.");
            // Oneself needs no lookup, which users other than administrators may not make.
            if (user.Value == session.UserId || user.Value == session.UserName) return session.UserId ?? user.Value;
            return run(ct => new ResourceClient(session).FindIdAsync(IdentityResources.Users, user.Value, ct));
        }
    }
}
