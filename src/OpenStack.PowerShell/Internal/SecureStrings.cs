using System.Net;
using System.Security;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>SecureString and PSCredential at the cmdlet surface; the client's <see cref="Secret"/> below it.</summary>
    internal static class SecureStrings
    {
        public static Secret? ToSecret(SecureString? value) =>
            value == null ? null : new Secret(new NetworkCredential(string.Empty, value).Password);
    }
}
