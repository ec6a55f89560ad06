using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSPort: a port on a network, with chosen addresses, security groups and allowed address pairs.</summary>
    [Cmdlet(VerbsCommon.New, "OSPort", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Port))]
    public sealed class NewOSPortCommand : NeutronNewCmdlet<Port, PortOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId Network { get; set; } = null!;

        [Parameter(Position = 1)] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public string? ProjectId { get; set; }

        /// <summary>@{Subnet = name-or-id; IpAddress = '10.0.0.5'}, either key optional.</summary>
        [Parameter] public Hashtable[]? FixedIp { get; set; }

        /// <summary>Security group names or ids.</summary>
        [Parameter] [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public string[]? SecurityGroup { get; set; }

        [Parameter] public string? MacAddress { get; set; }
        [Parameter] public string? DeviceOwner { get; set; }
        [Parameter] public string? DeviceId { get; set; }

        /// <summary>@{IpAddress = '10.0.0.100'; MacAddress = ...}: extra addresses the port may send from (a VIP).</summary>
        [Parameter] public Hashtable[]? AllowedAddressPair { get; set; }

        [Parameter] public bool? PortSecurityEnabled { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        /// <summary>binding:host_id: the compute host to bind the port on (admin).</summary>
        [Parameter] public string? BindingHost { get; set; }

        /// <summary>binding:profile: what the host's driver needs, e.g. @{ pci_slot = '0000:03:10.1' } (admin).</summary>
        [Parameter] public Hashtable? BindingProfile { get; set; }

        /// <summary>binding:vnic_type: how the port is attached (normal, direct for SR-IOV...).</summary>
        [Parameter]
        [ValidateSet("normal", "direct", "macvtap", "baremetal", "direct-physical", "virtio-forwarder", "smart-nic", "vdpa",
            "accelerator-direct", "accelerator-direct-physical", "remote-managed")]
        public string? BindingVnicType { get; set; }

        protected override ResourceDescriptor<Port> Resource => NetworkResources.Ports;

        protected override string Target(PortOptions options) => Name ?? "new port on " + Network;

        protected override PortOptions BuildOptions() => new PortOptions
        {
            Name = Name,
            Description = Description,
            ProjectId = ProjectId,
            FixedIps = NeutronArguments.FixedIps(FixedIp),
            MacAddress = MacAddress,
            DeviceOwner = DeviceOwner,
            DeviceId = DeviceId,
            AllowedAddressPairs = NeutronArguments.AddressPairs(AllowedAddressPair),
            PortSecurityEnabled = PortSecurityEnabled,
            AdminStateUp = AdminStateUp,
            BindingHostId = BindingHost,
            BindingProfile = NeutronArguments.BindingProfile(BindingProfile),
            BindingVnicType = BindingVnicType,
        };

        protected override async Task ResolveAsync(ResourceClient client, PortOptions options, CancellationToken ct)
        {
            options.NetworkId = await client.FindIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false);
            await NeutronArguments.ResolveSubnetsAsync(client, options.FixedIps, ct).ConfigureAwait(false);
            options.SecurityGroupIds = await NeutronArguments.SecurityGroupIdsAsync(client, SecurityGroup, ct).ConfigureAwait(false);
        }
    }
}
