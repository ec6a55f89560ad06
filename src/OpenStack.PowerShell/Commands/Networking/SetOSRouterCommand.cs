using System.Collections;
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
    /// <summary>Set-OSRouter: renames routers, sets or clears their external gateway, replaces or clears their static routes.</summary>
    [Cmdlet(VerbsCommon.Set, "OSRouter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = GatewaySet)]
    [OutputType(typeof(Router))]
    public sealed class SetOSRouterCommand : NamedSetCmdlet<Router, RouterOptions>
    {
        private const string GatewaySet = "Gateway";
        private const string NoGatewaySet = "NoGateway";

        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        /// <summary>The router's static routes, replacing those it has: @{Destination = '10.9.0.0/24'; NextHop = '10.0.0.5'}.</summary>
        [Parameter] public Hashtable[]? Route { get; set; }

        /// <summary>Removes every static route.</summary>
        [Parameter] public SwitchParameter ClearRoute { get; set; }

        /// <summary>Makes the router distributed (DVR) or centralized (admin; only while it is administratively down).</summary>
        [Parameter] public bool? Distributed { get; set; }

        /// <summary>Makes the router highly available (VRRP) or not (admin; only while it is administratively down).</summary>
        [Parameter] public bool? HighAvailability { get; set; }

        /// <summary>The external network (name, id or object) for the router's gateway.</summary>
        [Parameter(ParameterSetName = GatewaySet)] [ResourceRef] [ArgumentCompleter(typeof(NetworkNameCompleter))] public string? ExternalGateway { get; set; }

        [Parameter(ParameterSetName = GatewaySet)] public bool? EnableSnat { get; set; }

        /// <summary>Removes the router's external gateway.</summary>
        [Parameter(ParameterSetName = NoGatewaySet, Mandatory = true)] public SwitchParameter ClearExternalGateway { get; set; }

        protected override ResourceDescriptor<Router> Resource => NetworkResources.Routers;

        protected override RouterOptions BuildOptions() => new RouterOptions
        {
            Name = Name, Description = Description, AdminStateUp = AdminStateUp, EnableSnat = EnableSnat, ClearExternalGateway = ClearExternalGateway,
            Routes = NeutronArguments.Routes(Route), ClearRoutes = ClearRoute, Distributed = Distributed, HighAvailability = HighAvailability,
            // The name until ResolveAsync puts the id in its place: the options check that SNAT comes with a gateway.
            ExternalNetworkId = ExternalGateway,
        };

        protected override async Task ResolveAsync(ResourceClient client, RouterOptions options, CancellationToken ct)
        {
            if (ExternalGateway != null)
                options.ExternalNetworkId = await client.FindIdAsync(NetworkResources.Networks, ExternalGateway, ct).ConfigureAwait(false);
        }
    }
}
