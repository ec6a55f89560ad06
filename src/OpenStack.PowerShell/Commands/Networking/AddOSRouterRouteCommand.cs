using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Add-OSRouterRoute: adds static routes to routers, keeping the routes they have; writes each router.</summary>
    [Cmdlet(VerbsCommon.Add, "OSRouterRoute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = RouteSet)]
    [OutputType(typeof(Router))]
    public sealed class AddOSRouterRouteCommand : RouterRouteCmdlet
    {
        protected override string Verb => "Add";
        protected override string Activity => "Adding router routes";

        protected override Task<Router> SendAsync(NetworkClient client, string routerId, IReadOnlyCollection<HostRoute> routes, CancellationToken ct) =>
            client.AddRoutesAsync(routerId, routes, ct);
    }
}
