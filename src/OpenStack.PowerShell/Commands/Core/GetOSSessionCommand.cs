using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Get-OSSession: the current session (cloud, user, project, region, token expiry, microversions; never the token),
    /// or with -All / -Name the connections kept in this runspace, marked current or not.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSSession", DefaultParameterSetName = CurrentSet)]
    [OutputType(typeof(OpenStackSession), ParameterSetName = new[] { CurrentSet })]
    [OutputType(typeof(SessionEntry), ParameterSetName = new[] { ListSet })]
    public sealed class GetOSSessionCommand : OpenStackCmdlet
    {
        private const string CurrentSet = "Current";
        private const string ListSet = "List";

        /// <summary>Connections by name (wildcards allowed).</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public string[]? Name { get; set; }

        /// <summary>Every connection of this runspace, the current one marked.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter All { get; set; }

        protected override void EndProcessing()
        {
            if (ParameterSetName == ListSet)
            {
                List();
                return;
            }
            var session = Session ?? SessionStore.Current;
            if (session == null || session.IsDisposed)
            {
                WriteError(ErrorRecords.NotConnected());
                return;
            }
            WriteObject(session);
        }

        private void List()
        {
            var registry = SessionStore.Registry;
            var sessions = registry?.All ?? new OpenStackSession[0];
            var current = registry?.Current;
            foreach (var pattern in Name ?? new[] { "*" })
            {
                var wildcard = WildcardPattern.Get(pattern, WildcardOptions.IgnoreCase);
                var matches = sessions.Where(s => wildcard.IsMatch(s.Name ?? "")).ToList();
                if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(pattern))
                    WriteError(ErrorRecords.SessionNotFound(pattern, sessions));
                foreach (var s in matches) WriteObject(new SessionEntry(s, ReferenceEquals(s, current)));
            }
        }

    }
}
