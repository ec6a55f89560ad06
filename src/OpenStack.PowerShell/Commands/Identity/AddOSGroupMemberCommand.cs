using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Add-OSGroupMember: adds users to a group (admin). A user already in it stays, with no error.</summary>
    [Cmdlet(VerbsCommon.Add, "OSGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class AddOSGroupMemberCommand : GroupMemberCmdlet
    {
        protected override string Activity => "Adding group members";
        protected override string ActionText => "Add user to";
        protected override Task ChangeAsync(IdentityClient identity, string groupId, string userId, CancellationToken ct) =>
            identity.AddGroupMemberAsync(groupId, userId, ct);
    }
}
