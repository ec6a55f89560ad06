using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Revoke-OSRole: takes a role back from a user or a group on a project, a domain or the system (DELETE .../roles/{role}).</summary>
    [Cmdlet(VerbsSecurity.Revoke, "OSRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(void))]
    public sealed class RevokeOSRoleCommand : RoleGrantCmdlet
    {
        protected override string Verb => "Revoke role";
        protected override Task ChangeAsync(IdentityClient client, RoleGrant grant, CancellationToken ct) => client.RevokeAsync(grant, ct);
    }
}
