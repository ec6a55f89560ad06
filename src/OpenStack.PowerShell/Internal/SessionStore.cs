using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// The current session, one per runspace: two runspaces in one process (jobs, hosts, tests) never share
    /// a connection by accident. Scripts that want several clouds pass -Session.
    /// </summary>
    internal static class SessionStore
    {
        private sealed class Holder { public OpenStackSession? Session; }

        private static readonly ConditionalWeakTable<Runspace, Holder> Sessions = new ConditionalWeakTable<Runspace, Holder>();

        public static OpenStackSession? Current
        {
            get
            {
                var rs = Runspace.DefaultRunspace;
                return rs != null && Sessions.TryGetValue(rs, out var h) ? h.Session : null;
            }
            set
            {
                var rs = Runspace.DefaultRunspace;
                if (rs != null) Sessions.GetValue(rs, _ => new Holder()).Session = value;
            }
        }
    }
}
