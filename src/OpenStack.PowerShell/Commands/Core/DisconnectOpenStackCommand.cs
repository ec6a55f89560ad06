using System;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>Disconnect-OpenStack: forgets the session and, with -Revoke, invalidates its token at Keystone.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "OpenStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class DisconnectOpenStackCommand : OpenStackCmdlet
    {
        [Parameter]
        public SwitchParameter Revoke { get; set; }

        protected override void EndProcessing()
        {
            var session = Session ?? SessionStore.Current;
            if (session == null || session.IsDisposed)
            {
                WriteVerbose("No session to disconnect.");
                return;
            }
            if (!ShouldProcess(session.ToString(), Revoke ? "Revoke token and disconnect" : "Disconnect")) return;
            if (Revoke) Try(session, () => Run(ct => session.RevokeAsync(ct)));
            if (ReferenceEquals(SessionStore.Current, session)) SessionStore.Current = null;
            session.Dispose();
        }
    }
}
