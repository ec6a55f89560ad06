using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Add-OSServerInterface: plugs a new port on a network (optionally with a fixed IP) or an existing port into servers;
    /// -Wait until Neutron has the port ACTIVE. Writes each new interface.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "OSServerInterface", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NetworkSet)]
    [OutputType(typeof(ServerInterface))]
    public sealed class AddOSServerInterfaceCommand : BulkCmdlet
    {
        private const string NetworkSet = "Network";
        private const string PortSet = "Port";

        /// <summary>The servers: names, ids, or servers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[] Server { get; set; } = null!;

        /// <summary>A network to plug a new port on: name, id, or a network from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = NetworkSet, ValueFromPipeline = true)]
        [Alias("NetworkId")]
        [ReferenceTo(typeof(Client.Network.Network))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public NameOrId Network { get; set; } = null!;

        /// <summary>The address the new port gets on the network (one of its subnets').</summary>
        [Parameter(ParameterSetName = NetworkSet)]
        [ValidateNotNullOrEmpty]
        public string? FixedIp { get; set; }

        /// <summary>An existing, unbound port: name, id, or a port from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PortSet, ValueFromPipeline = true)]
        [Alias("PortId")]
        [ReferenceTo(typeof(Port))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PortNameCompleter))] public NameOrId Port { get; set; } = null!;

        /// <summary>Wait until Neutron reports the port ACTIVE.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 300;

        protected override string Activity => "Attaching interfaces";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(resources.Session);
            var byPort = ParameterSetName == PortSet;
            var what = byPort ? "port " + Port : "network " + Network + (FixedIp != null ? " at " + FixedIp : "");
            foreach (var server in Server)
                Enqueue(server.Value, "Attach an interface on " + what + " to server", server.Value, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, server.Value, ct).ConfigureAwait(false);
                    var networkId = byPort ? null : await resources.ResolveIdAsync(NetworkResources.Networks, Network.Value, ct).ConfigureAwait(false);
                    var portId = byPort ? await resources.ResolveIdAsync(NetworkResources.Ports, Port.Value, ct).ConfigureAwait(false) : null;
                    var attached = await compute.AttachInterfaceAsync(serverId, networkId, portId, FixedIp, ct).ConfigureAwait(false);
                    if (Wait)
                    {
                        var options = new Client.Waiting.WaitOptions("ACTIVE") { Timeout = TimeSpan.FromSeconds(TimeoutSec) };
                        var port = await compute.WaitForPortActiveAsync(attached.PortId, options, ct).ConfigureAwait(false);
                        attached.PortState = port?.Status ?? attached.PortState;
                    }
                    return attached;
                });
        }
    }
}
