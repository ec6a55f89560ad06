using System.Management.Automation;
using NetworkModel = OpenStack.Client.Network.Network;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>Remove-OSNetwork: deletes networks (asks first unless -Force). Neutron refuses while ports other than DHCP remain.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSNetwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSNetworkCommand : NeutronRemoveCmdlet<NetworkModel>
    {
        protected override ResourceDescriptor<NetworkModel> Resource => NetworkResources.Networks;
    }
}
