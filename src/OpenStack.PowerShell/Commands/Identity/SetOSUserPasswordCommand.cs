using System;
using System.Management.Automation;
using System.Security;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Set-OSUserPassword: the session's own user changes their password (POST /v3/users/{id}/password). Keystone then
    /// revokes the user's tokens; the session authenticates again, with the new password when it holds a password, or
    /// as it was with an application credential. A session opened with a token cannot: the user is told to connect again.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSUserPassword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class SetOSUserPasswordCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public SecureString OldPassword { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        public SecureString NewPassword { get; set; } = null!;

        protected override void EndProcessing()
        {
            var session = ActiveSession;
            var userId = session.UserId;
            var user = session.UserName ?? userId;
            if (userId == null)
                ThrowOpenStackError(new ArgumentException("The session's token names no user: connect as the user whose password is to change."), "password");
            var original = SecureStrings.ToSecret(OldPassword)!;
            var fresh = SecureStrings.ToSecret(NewPassword)!;
            if (fresh.IsEmpty) ThrowOpenStackError(new ArgumentException("The new password is empty."), user);
            if (!ShouldProcess("user " + user, "Change password")) return;
            var identity = new IdentityClient(session);
            Must(user, () => Run(ct => identity.ChangePasswordAsync(userId!, original, fresh, ct)));
            // The password has changed whatever happens next: a failed re-authentication is a warning, not an error.
            var renewed = false;
            Exception? failure = null;
            try { renewed = Run(ct => session.RenewAfterPasswordChangeAsync(fresh, ct)); }
            catch (Exception ex) when (IsItemError(ex)) { failure = ex; }
            if (!renewed)
                WriteWarning("The password of " + user + " was changed and Keystone revoked the session's token" +
                             (failure != null ? "; authenticating again failed (" + failure.Message + ")" : ", which was opened with a token") +
                             ". Run Connect-OpenStack again with the new password.");
            else
                WriteVerbose("The password of " + user + " was changed; the session authenticated again" +
                             (session.AuthType == AuthType.Password ? " with the new password." : "."));
        }
    }
}
