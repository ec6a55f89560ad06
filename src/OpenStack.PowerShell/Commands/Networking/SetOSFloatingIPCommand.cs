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
    /// <summary>Set-OSFloatingIP: moves floating IPs to a port, or takes them off (-Disassociate).</summary>
    [Cmdlet(VerbsCommon.Set, "OSFloatingIP", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PortSet)]
    [OutputType(typeof(FloatingIp))]
    public sealed class SetOSFloatingIPCommand : NamedSetCmdlet<FloatingIp, FloatingIpOptions>
    {
        private const string DisassociateSet = "Disassociate";
        private const string PortSet = "Port";

        [Parameter(ParameterSetName = PortSet)] [ResourceRef] [ArgumentCompleter(typeof(PortNameCompleter))] public string? Port { get; set; }
        [Parameter(ParameterSetName = PortSet)] public string? FixedIpAddress { get; set; }
        [Parameter(ParameterSetName = DisassociateSet, Mandatory = true)] public SwitchParameter Disassociate { get; set; }
        [Parameter] public string? Description { get; set; }

        protected override ResourceDescriptor<FloatingIp> Resource => NetworkResources.FloatingIps;

        protected override FloatingIpOptions BuildOptions() => new FloatingIpOptions
        {
            Description = Description, FixedIpAddress = FixedIpAddress, Disassociate = Disassociate,
        };

        protected override async Task ResolveAsync(ResourceClient client, FloatingIpOptions options, CancellationToken ct)
        {
            if (Port != null) options.PortId = await client.FindIdAsync(NetworkResources.Ports, Port, ct).ConfigureAwait(false);
        }
    }
}
