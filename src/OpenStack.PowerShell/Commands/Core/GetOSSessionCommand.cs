using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>Get-OSSession: the current session (cloud, user, project, region, token expiry, microversions; never the token).</summary>
    [Cmdlet(VerbsCommon.Get, "OSSession")]
    [OutputType(typeof(OpenStackSession))]
    public sealed class GetOSSessionCommand : OpenStackCmdlet
    {
        protected override void EndProcessing()
        {
            var session = Session ?? SessionStore.Current;
            if (session == null || session.IsDisposed)
            {
                WriteError(ErrorRecords.NotConnected());
                return;
            }
            WriteObject(session);
        }
    }
}
