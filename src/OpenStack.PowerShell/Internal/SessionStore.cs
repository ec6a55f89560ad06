using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using System.Threading;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// The connections of one runspace, by name, and which of them is current. Safe to read from runspaces started
    /// by this one while it connects or disconnects.
    /// </summary>
    internal sealed class SessionRegistry
    {
        private readonly object _gate = new object();
        // In the order they were connected, so that a listing reads like the script that made it.
        private readonly List<OpenStackSession> _sessions = new List<OpenStackSession>();
        private OpenStackSession? _current;
        // Connections of the runspace this one was started from: forgotten here on disconnect, never closed.
        private readonly HashSet<OpenStackSession> _borrowed = new HashSet<OpenStackSession>();

        public SessionRegistry() { }

        /// <summary>A registry of its own for a runspace that had only inherited ones: the same connections, the same current one.</summary>
        public SessionRegistry(SessionRegistry inherited)
        {
            lock (inherited._gate)
            {
                _sessions.AddRange(inherited._sessions);
                _current = inherited._current;
            }
            foreach (var s in _sessions) _borrowed.Add(s);
        }

        /// <summary>Whether the session came from the runspace this one was started from (which still keeps it).</summary>
        public bool IsBorrowed(OpenStackSession session)
        {
            lock (_gate) return _borrowed.Contains(session);
        }

        public OpenStackSession? Current
        {
            get { lock (_gate) return _current != null && !_current.IsDisposed ? _current : null; }
        }

        public IReadOnlyList<OpenStackSession> All
        {
            get { lock (_gate) return _sessions.Where(s => !s.IsDisposed).ToList(); }
        }

        public OpenStackSession? Find(string name)
        {
            lock (_gate) return _sessions.FirstOrDefault(s => !s.IsDisposed && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Keeps the session under its name (replacing one of the same name) and makes it current.</summary>
        public void Add(OpenStackSession session)
        {
            lock (_gate)
            {
                _sessions.RemoveAll(s => s.IsDisposed || ReferenceEquals(s, session) ||
                                         string.Equals(s.Name, session.Name, StringComparison.OrdinalIgnoreCase));
                _sessions.Add(session);
                _borrowed.Remove(session);
                _current = session;
            }
        }

        /// <summary>Makes a kept session current (one from another registry is kept here first).</summary>
        public void Select(OpenStackSession session)
        {
            lock (_gate)
            {
                if (!_sessions.Contains(session)) _sessions.Add(session);
                _current = session;
            }
        }

        public void Remove(OpenStackSession session)
        {
            lock (_gate)
            {
                _sessions.Remove(session);
                _borrowed.Remove(session);
                if (ReferenceEquals(_current, session)) _current = null;
            }
        }
    }

    /// <summary>
    /// Where cmdlets find their connections. Each runspace keeps its own registry, so two hosts in one process never
    /// share a connection by accident. A runspace with none of its own (ForEach-Object -Parallel, Start-ThreadJob,
    /// [powershell]::Create() from a script) reads the registry of the runspace it was started from: that registry
    /// flows to it through the .NET execution context, which PowerShell's worker threads capture from the thread that
    /// starts them. A host that was not started from a connected runspace has no such flow and sees nothing.
    /// </summary>
    internal static class SessionStore
    {
        private static readonly ConditionalWeakTable<Runspace, SessionRegistry> Own = new ConditionalWeakTable<Runspace, SessionRegistry>();
        private static readonly AsyncLocal<SessionRegistry?> Inherited = new AsyncLocal<SessionRegistry?>();

        /// <summary>The registry in effect in this runspace: its own, else the one it inherited; null when neither.</summary>
        public static SessionRegistry? Registry
        {
            get
            {
                var rs = Runspace.DefaultRunspace;
                if (rs != null && Own.TryGetValue(rs, out var own)) return own;
                return Inherited.Value;
            }
        }

        public static OpenStackSession? Current => Registry?.Current;

        /// <summary>This runspace's own registry, made on first use from what it inherited.</summary>
        public static SessionRegistry ForChange()
        {
            var rs = Runspace.DefaultRunspace ?? throw new InvalidOperationException("No runspace on this thread.");
            var inherited = Inherited.Value;
            var own = Own.GetValue(rs, _ => inherited != null ? new SessionRegistry(inherited) : new SessionRegistry());
            Inherited.Value = own;
            return own;
        }

        /// <summary>
        /// Hands this runspace's registry on to the runspaces started from here on. Hosts that run each command on a new
        /// thread lose the execution context between commands; every cmdlet calls this, so the command that starts other
        /// runspaces (after any module cmdlet in the same script) passes the connections on.
        /// </summary>
        public static void PassOn()
        {
            var rs = Runspace.DefaultRunspace;
            if (rs != null && Own.TryGetValue(rs, out var own) && !ReferenceEquals(Inherited.Value, own)) Inherited.Value = own;
        }
    }
}
