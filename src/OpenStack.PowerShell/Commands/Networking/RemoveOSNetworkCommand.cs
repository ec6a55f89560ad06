using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSNetwork: deletes networks (asks first unless -Force). Neutron refuses while ports other than DHCP remain.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSNetwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSNetworkCommand : NamedRemoveCmdlet<Network>
    {
        protected override ResourceDescriptor<Network> Resource => NetworkResources.Networks;
    }
}
