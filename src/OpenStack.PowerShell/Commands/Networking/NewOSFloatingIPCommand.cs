using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSFloatingIP: allocates an address from an external network, optionally straight onto a port.</summary>
    [Cmdlet(VerbsCommon.New, "OSFloatingIP", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FloatingIp))]
    public sealed class NewOSFloatingIPCommand : NeutronNewCmdlet<FloatingIp, FloatingIpOptions>
    {
        /// <summary>The external network (name, id or object).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId Network { get; set; } = null!;

        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(PortNameCompleter))] public string? Port { get; set; }
        /// <summary>With -Port: which of its addresses, when it has several.</summary>
        [Parameter] public string? FixedIpAddress { get; set; }
        /// <summary>A specific address to take (admin, or where policy allows).</summary>
        [Parameter] public string? FloatingIpAddress { get; set; }
        [Parameter] public string? Description { get; set; }
        [Parameter] public string? ProjectId { get; set; }

        protected override ResourceDescriptor<FloatingIp> Resource => NetworkResources.FloatingIps;

        protected override string Target(FloatingIpOptions options) => FloatingIpAddress ?? "new floating IP on " + Network;

        protected override FloatingIpOptions BuildOptions() => new FloatingIpOptions
        {
            Description = Description, ProjectId = ProjectId, FixedIpAddress = FixedIpAddress, FloatingIpAddress = FloatingIpAddress,
        };

        protected override async Task ResolveAsync(ResourceClient client, FloatingIpOptions options, CancellationToken ct)
        {
            options.FloatingNetworkId = await client.FindIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false);
            if (Port != null) options.PortId = await client.FindIdAsync(NetworkResources.Ports, Port, ct).ConfigureAwait(false);
        }
    }
}
