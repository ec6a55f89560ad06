using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSSubnet: deletes subnets (asks first unless -Force). Neutron refuses while a port still uses one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSSubnet", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSSubnetCommand : NamedRemoveCmdlet<Subnet>
    {
        protected override ResourceDescriptor<Subnet> Resource => NetworkResources.Subnets;
    }
}
