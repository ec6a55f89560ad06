using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Set-OSNetwork: changes the given properties of networks, leaving the rest alone.</summary>
    [Cmdlet(VerbsCommon.Set, "OSNetwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Network))]
    public sealed class SetOSNetworkCommand : NamedSetCmdlet<Network, NetworkOptions>
    {
        [Parameter] [Alias("NewName")] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public bool? Shared { get; set; }
        [Parameter] public bool? External { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }
        [Parameter] [ValidateRange(68, 65535)] public int? Mtu { get; set; }
        [Parameter] public bool? PortSecurityEnabled { get; set; }

        protected override ResourceDescriptor<Network> Resource => NetworkResources.Networks;

        protected override NetworkOptions BuildOptions() => new NetworkOptions
        {
            Name = Name, Description = Description, Shared = Shared, External = External, AdminStateUp = AdminStateUp, Mtu = Mtu, PortSecurityEnabled = PortSecurityEnabled,
        };
    }
}
