using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Disconnect-OpenStack: forgets a connection (the current one, -Session, -Name or -All) and, with -Revoke,
    /// invalidates its token at Keystone.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "OpenStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = CurrentSet)]
    [OutputType(typeof(void))]
    public sealed class DisconnectOpenStackCommand : OpenStackCmdlet
    {
        private const string CurrentSet = "Current";
        private const string NameSet = "Name";
        private const string AllSet = "All";

        /// <summary>Connections by name (wildcards allowed).</summary>
        [Parameter(ParameterSetName = NameSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public string[] Name { get; set; } = null!;

        /// <summary>Every connection of this runspace.</summary>
        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        [Parameter]
        public SwitchParameter Revoke { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var session in Targets())
            {
                if (!ShouldProcess(Describe(session), Revoke ? "Revoke token and disconnect" : "Disconnect")) continue;
                if (Revoke) Try(session, () => Run(ct => session.RevokeAsync(ct)));
                var registry = SessionStore.ForChange();
                var borrowed = registry.IsBorrowed(session);
                registry.Remove(session);
                // A connection of the runspace this one was started from stays open there.
                if (borrowed) WriteVerbose("Forgot " + Describe(session) + " here; the runspace it came from keeps it.");
                else session.Dispose();
            }
        }

        private IEnumerable<OpenStackSession> Targets()
        {
            var registry = SessionStore.Registry;
            var kept = registry?.All ?? new OpenStackSession[0];
            switch (ParameterSetName)
            {
                case AllSet:
                    if (kept.Count == 0) WriteVerbose("No session to disconnect.");
                    return kept;
                case NameSet:
                    var found = new List<OpenStackSession>();
                    foreach (var pattern in Name)
                    {
                        var wildcard = WildcardPattern.Get(pattern, WildcardOptions.IgnoreCase);
                        var matches = kept.Where(s => wildcard.IsMatch(s.Name ?? "")).ToList();
                        if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(pattern)) WriteError(ErrorRecords.SessionNotFound(pattern, kept));
                        found.AddRange(matches.Where(m => !found.Contains(m)));
                    }
                    return found;
                default:
                    var session = Session ?? SessionStore.Current;
                    if (session != null && !session.IsDisposed) return new[] { session };
                    WriteVerbose("No session to disconnect.");
                    return new OpenStackSession[0];
            }
        }

        private static string Describe(OpenStackSession s) => s.Name != null ? "'" + s.Name + "' (" + s + ")" : s.ToString();
    }
}
