using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Remove-OSGroupMember: takes users out of a group (admin); the users themselves stay. A user not in it is Keystone's not-found error.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSGroupMemberCommand : GroupMemberCmdlet
    {
        protected override string Activity => "Removing group members";
        protected override string ActionText => "Remove user from";
        protected override Task ChangeAsync(IdentityClient identity, string groupId, string userId, CancellationToken ct) =>
            identity.RemoveGroupMemberAsync(groupId, userId, ct);
    }
}
