using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSRouterInterface: disconnects a subnet or a port from a router (Neutron deletes the interface port).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSRouterInterface", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SubnetSet)]
    [OutputType(typeof(RouterInterface))]
    public sealed class RemoveOSRouterInterfaceCommand : RouterInterfaceCmdlet
    {
        protected override string Action => "Disconnect";

        protected override Task<RouterInterface> SendAsync(NetworkClient client, string routerId, string? subnetId, string? portId, CancellationToken ct) =>
            client.RemoveRouterInterfaceAsync(routerId, subnetId, portId, ct);
    }
}
