using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Add-OSRouterInterface: connects a subnet (the router takes its gateway address) or a port to a router.</summary>
    [Cmdlet(VerbsCommon.Add, "OSRouterInterface", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = SubnetSet)]
    [OutputType(typeof(RouterInterface))]
    public sealed class AddOSRouterInterfaceCommand : RouterInterfaceCmdlet
    {
        protected override string Action => "Connect";

        protected override Task<RouterInterface> SendAsync(NetworkClient client, string routerId, string? subnetId, string? portId, CancellationToken ct) =>
            client.AddRouterInterfaceAsync(routerId, subnetId, portId, ct);
    }
}
