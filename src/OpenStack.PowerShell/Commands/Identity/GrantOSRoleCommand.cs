using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Grant-OSRole: gives a user or a group a role on a project, a domain or the system (PUT .../roles/{role}).</summary>
    [Cmdlet(VerbsSecurity.Grant, "OSRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(void))]
    public sealed class GrantOSRoleCommand : RoleGrantCmdlet
    {
        protected override string Verb => "Grant role";
        protected override Task ChangeAsync(IdentityClient client, RoleGrant grant, CancellationToken ct) => client.GrantAsync(grant, ct);
    }
}
