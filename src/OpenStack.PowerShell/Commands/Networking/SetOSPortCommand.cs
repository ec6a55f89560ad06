using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Set-OSPort: changes name, addresses, security groups or allowed address pairs of ports.</summary>
    [Cmdlet(VerbsCommon.Set, "OSPort", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Port))]
    public sealed class SetOSPortCommand : NamedSetCmdlet<Port, PortOptions>
    {
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        /// <summary>Replaces the port's fixed IPs.</summary>
        [Parameter] public Hashtable[]? FixedIp { get; set; }
        /// <summary>Replaces the port's security groups; @() removes them all.</summary>
        [Parameter] [AllowEmptyCollection] [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public string[]? SecurityGroup { get; set; }
        [Parameter] [AllowEmptyCollection] public Hashtable[]? AllowedAddressPair { get; set; }
        [Parameter] public string? DeviceOwner { get; set; }
        [Parameter] public string? DeviceId { get; set; }
        [Parameter] public bool? PortSecurityEnabled { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }
        /// <summary>A new MAC address (admin; Neutron refuses it while the port is bound).</summary>
        [Parameter] public string? MacAddress { get; set; }

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

        protected override PortOptions BuildOptions() => new PortOptions
        {
            Name = Name,
            Description = Description,
            FixedIps = NeutronArguments.FixedIps(FixedIp),
            AllowedAddressPairs = NeutronArguments.AddressPairs(AllowedAddressPair),
            DeviceOwner = DeviceOwner,
            DeviceId = DeviceId,
            PortSecurityEnabled = PortSecurityEnabled,
            AdminStateUp = AdminStateUp,
            BindingHostId = BindingHost,
            BindingProfile = NeutronArguments.BindingProfile(BindingProfile),
            BindingVnicType = BindingVnicType,
            MacAddress = MacAddress,
        };

        protected override async Task ResolveAsync(ResourceClient client, PortOptions options, CancellationToken ct)
        {
            await NeutronArguments.ResolveSubnetsAsync(client, options.FixedIps, ct).ConfigureAwait(false);
            options.SecurityGroupIds = await NeutronArguments.SecurityGroupIdsAsync(client, SecurityGroup, ct).ConfigureAwait(false);
        }
    }
}
