using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSNetwork: a network; as admin in any project, shared, external, with provider attributes.</summary>
    [Cmdlet(VerbsCommon.New, "OSNetwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Network))]
    public sealed class NewOSNetworkCommand : NeutronNewCmdlet<Network, NetworkOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter] public string? Description { get; set; }

        /// <summary>The project to create it in (admin).</summary>
        [Parameter] public string? ProjectId { get; set; }

        [Parameter] public SwitchParameter Shared { get; set; }

        /// <summary>router:external: routers can use it as a gateway; floating IPs come from it.</summary>
        [Parameter] public SwitchParameter External { get; set; }

        [Parameter] public bool? AdminStateUp { get; set; }

        [Parameter] [ValidateRange(68, 65535)] public int? Mtu { get; set; }

        [Parameter] public bool? PortSecurityEnabled { get; set; }

        [Parameter] [ValidateSet("flat", "vlan", "vxlan", "gre", "geneve", "local")] public string? ProviderNetworkType { get; set; }

        [Parameter] public string? ProviderPhysicalNetwork { get; set; }

        [Parameter] [ValidateRange(0, 16777215)] public int? ProviderSegmentationId { get; set; }

        protected override ResourceDescriptor<Network> Resource => NetworkResources.Networks;

        protected override NetworkOptions BuildOptions() => new NetworkOptions
        {
            Name = Name,
            Description = Description,
            ProjectId = ProjectId,
            Shared = Shared.IsPresent ? true : (bool?)null,
            External = External.IsPresent ? true : (bool?)null,
            AdminStateUp = AdminStateUp,
            Mtu = Mtu,
            PortSecurityEnabled = PortSecurityEnabled,
            ProviderNetworkType = ProviderNetworkType?.ToLowerInvariant(),
            ProviderPhysicalNetwork = ProviderPhysicalNetwork,
            ProviderSegmentationId = ProviderSegmentationId,
        };
    }
}
