using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>Set-OSFloatingIP: moves floating IPs to a port, or takes them off (-Disassociate).</summary>
    [Cmdlet(VerbsCommon.Set, "OSFloatingIP", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Port")]
    [OutputType(typeof(FloatingIp))]
    public sealed class SetOSFloatingIPCommand : NeutronSetCmdlet<FloatingIp, FloatingIpOptions>
    {
        [Parameter(ParameterSetName = "Port")] [ResourceRef] [ArgumentCompleter(typeof(PortNameCompleter))] public string? Port { get; set; }
        [Parameter(ParameterSetName = "Port")] public string? FixedIpAddress { get; set; }
        [Parameter(ParameterSetName = "Disassociate", Mandatory = true)] public SwitchParameter Disassociate { get; set; }
        [Parameter] public string? Description { get; set; }

        protected override NeutronResource<FloatingIp> Resource => NeutronResource<FloatingIp>.FloatingIps;

        protected override FloatingIpOptions BuildOptions() => new FloatingIpOptions
        {
            Description = Description, FixedIpAddress = FixedIpAddress, Disassociate = Disassociate,
        };

        protected override async Task ResolveAsync(NetworkClient client, FloatingIpOptions options, CancellationToken ct)
        {
            if (Port != null) options.PortId = await client.FindIdAsync(NeutronResource<Port>.Ports, Port, ct).ConfigureAwait(false);
        }
    }
}
