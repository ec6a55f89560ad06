using System;
using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>
    /// Add-OSServerFloatingIP: puts a floating IP on a server by finding the server's port in Neutron (Nova's old
    /// floating IP proxy is not used). Give an existing -FloatingIp (id or address), or an external -Network to allocate one from.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "OSServerFloatingIP", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ExistingSet)]
    [OutputType(typeof(FloatingIp))]
    public sealed class AddOSServerFloatingIPCommand : OpenStackCmdlet
    {
        private const string ExistingSet = "Existing";
        private const string NewSet = "New";

        /// <summary>The server: name, id, or the object (from the pipeline too).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId Server { get; set; } = null!;

        /// <summary>An existing floating IP: its id or address, or the object from the pipeline.</summary>
        [Parameter(ParameterSetName = ExistingSet, Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.FloatingIp))]
        [ValidateNotNullOrEmpty]
        public NameOrId FloatingIp { get; set; } = null!;

        /// <summary>The external network to allocate a new floating IP from.</summary>
        [Parameter(ParameterSetName = NewSet, Mandatory = true)]
        [ResourceRef]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public string ExternalNetwork { get; set; } = null!;

        /// <summary>The server's network whose port gets the address, when the server has several ports.</summary>
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(NetworkNameCompleter))] public string? Network { get; set; }

        /// <summary>Which of the port's addresses, when it has several.</summary>
        [Parameter] public string? FixedIpAddress { get; set; }

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var network = new NetworkClient(resources.Session);
            var options = new FloatingIpOptions { FixedIpAddress = FixedIpAddress };
            Port port = null!;
            string? floatingId = null;
            if (!Try(Server.Value, () =>
            {
                options.Check();
                var serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, Server.Value, ct));
                var networkId = Network == null ? null : Run(ct => resources.FindIdAsync(NetworkResources.Networks, Network, ct));
                port = Run(ct => network.FindServerPortAsync(serverId, networkId, ct));
                if (ParameterSetName == ExistingSet) floatingId = Run(ct => resources.FindIdAsync(NetworkResources.FloatingIps, FloatingIp.Value, ct));
                else options.FloatingNetworkId = Run(ct => resources.FindIdAsync(NetworkResources.Networks, ExternalNetwork, ct));
            })) return;
            var what = floatingId != null ? "Associate floating IP " + FloatingIp : "Allocate a floating IP from " + ExternalNetwork;
            if (!ShouldProcess(Server.Value, what + " with port " + port.Id)) return;
            options.PortId = port.Id;
            Try(Server.Value, () => WriteObject(floatingId != null
                ? Run(ct => resources.UpdateAsync(NetworkResources.FloatingIps, floatingId, options.ToJson(), ct))
                : Run(ct => resources.CreateAsync(NetworkResources.FloatingIps, options.ToJson(), ct))));
        }
    }
}
