using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSRouterRoute: removes these static routes from routers, keeping the others; writes each router.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSRouterRoute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = RouteSet)]
    [OutputType(typeof(Router))]
    public sealed class RemoveOSRouterRouteCommand : RouterRouteCmdlet
    {
        protected override string Verb => "Remove";
        protected override string Activity => "Removing router routes";

        protected override Task<Router> SendAsync(NetworkClient client, string routerId, IReadOnlyCollection<HostRoute> routes, CancellationToken ct) =>
            client.RemoveRoutesAsync(routerId, routes, ct);
    }
}
