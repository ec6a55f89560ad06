using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Add-OSServerSecurityGroup: puts every port of servers in security groups (Nova's addSecurityGroup).</summary>
    [Cmdlet(VerbsCommon.Add, "OSServerSecurityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class AddOSServerSecurityGroupCommand : ServerSecurityGroupCmdlet
    {
        protected override string Activity => "Adding security groups to servers";
        protected override string ActionText(string groups) => "Add security groups " + groups + " to server";
        protected override Task InvokeAsync(ComputeClient client, string serverId, string group, CancellationToken ct) =>
            client.AddSecurityGroupAsync(serverId, group, ct);
    }
}
