using System.Management.Automation;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>Remove-OSSecurityGroup: deletes security groups (asks first unless -Force). Neutron refuses while a port uses one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSSecurityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSSecurityGroupCommand : NeutronRemoveCmdlet<SecurityGroup>
    {
        protected override NeutronResource<SecurityGroup> Resource => NeutronResource<SecurityGroup>.SecurityGroups;
    }
}
