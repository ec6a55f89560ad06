using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>
    /// Base of Add-/Remove-OSRouterRoute: static routes given as hashtables or as one -Destination and -NextHop, checked
    /// once, then sent to each router as one Neutron action, so routes changed at the same time by others are kept.
    /// </summary>
    public abstract class RouterRouteCmdlet : ChangeResourceCmdlet<Router>
    {
        protected const string RouteSet = "Route";
        protected const string OneRouteSet = "OneRoute";
        private List<HostRoute>? _routes;

        /// <summary>Routers: names, ids, or routers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("RouterId")]
        [ReferenceTo(typeof(Router))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RouterNameCompleter))] public NameOrId[] Router { get; set; } = null!;

        /// <summary>@{Destination = '10.9.0.0/24'; NextHop = '10.0.0.5'}, one per route.</summary>
        [Parameter(ParameterSetName = RouteSet, Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public Hashtable[] Route { get; set; } = null!;

        [Parameter(ParameterSetName = OneRouteSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Destination { get; set; } = null!;

        [Parameter(ParameterSetName = OneRouteSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string NextHop { get; set; } = null!;

        protected override ResourceDescriptor<Router> Resource => NetworkResources.Routers;
        protected override string[] Targets => System.Array.ConvertAll(Router, r => r.Value);

        /// <summary>"Add", "Remove": the words of the confirmation.</summary>
        protected abstract string Verb { get; }

        protected abstract Task<Router> SendAsync(NetworkClient client, string routerId, IReadOnlyCollection<HostRoute> routes, CancellationToken ct);

        protected override void ProcessRecord()
        {
            var client = Client;
            if (_routes == null)
                Must(Router.Length == 1 ? Router[0].Value : "routes", () =>
                {
                    var routes = ParameterSetName == RouteSet
                        ? NeutronArguments.Routes(Route)!
                        : new List<HostRoute> { new HostRoute { Destination = Destination, NextHop = NextHop } };
                    RouteCheck.Check(routes);
                    _routes = routes;
                });
            var routes = _routes!;
            var network = new NetworkClient(client.Session);
            var what = string.Join(", ", routes);
            foreach (var target in Targets)
                Enqueue(target, Verb + " route" + (routes.Count == 1 ? " " : "s ") + what, target, async ct =>
                {
                    var id = await IdToChangeAsync(client, target, ct).ConfigureAwait(false);
                    return await SendAsync(network, id, routes, ct).ConfigureAwait(false);
                });
        }
    }
}
