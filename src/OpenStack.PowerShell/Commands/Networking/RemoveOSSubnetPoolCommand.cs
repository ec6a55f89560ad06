using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSSubnetPool: deletes subnet pools (asks first unless -Force). Neutron refuses while a subnet still uses one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSSubnetPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSSubnetPoolCommand : NamedRemoveCmdlet<SubnetPool>
    {
        protected override ResourceDescriptor<SubnetPool> Resource => NetworkResources.SubnetPools;
    }
}
