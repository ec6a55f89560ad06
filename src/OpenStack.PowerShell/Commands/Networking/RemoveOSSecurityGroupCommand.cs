using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSSecurityGroup: deletes security groups (asks first unless -Force). Neutron refuses while a port uses one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSSecurityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSSecurityGroupCommand : NamedRemoveCmdlet<SecurityGroup>
    {
        protected override ResourceDescriptor<SecurityGroup> Resource => NetworkResources.SecurityGroups;
    }
}
