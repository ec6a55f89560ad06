using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSRouter: a router, optionally with its gateway on an external network (-ExternalGateway).</summary>
    [Cmdlet(VerbsCommon.New, "OSRouter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Router))]
    public sealed class NewOSRouterCommand : NeutronNewCmdlet<Router, RouterOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter] public string? Description { get; set; }
        [Parameter] public string? ProjectId { get; set; }

        /// <summary>The external network (name, id or object) for the router's gateway.</summary>
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(NetworkNameCompleter))] public string? ExternalGateway { get; set; }

        /// <summary>With -ExternalGateway: source NAT on the gateway (admin to turn off).</summary>
        [Parameter] public bool? EnableSnat { get; set; }

        [Parameter] public bool? AdminStateUp { get; set; }

        /// <summary>A distributed (DVR) router (admin).</summary>
        [Parameter] public SwitchParameter Distributed { get; set; }

        /// <summary>A highly available (VRRP) router (admin).</summary>
        [Parameter] public SwitchParameter HighAvailability { get; set; }

        protected override ResourceDescriptor<Router> Resource => NetworkResources.Routers;

        protected override RouterOptions BuildOptions() => new RouterOptions
        {
            Name = Name,
            Description = Description,
            ProjectId = ProjectId,
            EnableSnat = EnableSnat,
            // The name until ResolveAsync puts the id in its place: the options check that SNAT comes with a gateway.
            ExternalNetworkId = ExternalGateway,
            AdminStateUp = AdminStateUp,
            Distributed = Distributed.IsPresent ? true : (bool?)null,
            HighAvailability = HighAvailability.IsPresent ? true : (bool?)null,
        };

        protected override async Task ResolveAsync(ResourceClient client, RouterOptions options, CancellationToken ct)
        {
            if (ExternalGateway != null)
                options.ExternalNetworkId = await client.FindIdAsync(NetworkResources.Networks, ExternalGateway, ct).ConfigureAwait(false);
        }
    }
}
