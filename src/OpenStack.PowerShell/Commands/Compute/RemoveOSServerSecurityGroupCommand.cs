using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSServerSecurityGroup: takes every port of servers out of security groups (Nova's removeSecurityGroup).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSServerSecurityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class RemoveOSServerSecurityGroupCommand : ServerSecurityGroupCmdlet
    {
        protected override string Activity => "Removing security groups from servers";
        protected override string ActionText(string groups) => "Remove security groups " + groups + " from server";
        protected override Task InvokeAsync(ComputeClient client, string serverId, string group, CancellationToken ct) =>
            client.RemoveSecurityGroupAsync(serverId, group, ct);
    }
}
