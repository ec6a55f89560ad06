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
    /// Remove-OSServerInterface: unplugs ports from a server (Nova deletes a port it made, and leaves a port that was given
    /// unbound); -Wait until the port is gone or no longer the server's.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSServerInterface", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Server))]
    public sealed class RemoveOSServerInterfaceCommand : BulkCmdlet
    {
        /// <summary>The server: name, id, or a server from the pipeline; an interface from the pipeline binds its ServerId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId Server { get; set; } = null!;

        /// <summary>The ports: names, ids, or ports from the pipeline; an interface from the pipeline binds its PortId.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PortId")]
        [ReferenceTo(typeof(Port))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PortNameCompleter))] public NameOrId[] Port { get; set; } = null!;

        /// <summary>Wait until Neutron has deleted the port or unbound it from the server.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 300;

        /// <summary>Write the server as Nova then has it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string Activity => "Detaching interfaces";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(resources.Session);
            var serverRef = Server.Value;
            foreach (var port in Port)
                Enqueue(port.Value, "Detach port from server " + serverRef, port.Value, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, serverRef, ct).ConfigureAwait(false);
                    var portId = await resources.ResolveIdAsync(NetworkResources.Ports, port.Value, ct).ConfigureAwait(false);
                    await compute.DetachInterfaceAsync(serverId, portId, ct).ConfigureAwait(false);
                    if (Wait)
                    {
                        var options = new Client.Waiting.WaitOptions("detached") { Timeout = TimeSpan.FromSeconds(TimeoutSec) };
                        await compute.WaitForPortDetachedAsync(serverId, portId, options, ct).ConfigureAwait(false);
                    }
                    return PassThru ? await resources.GetAsync(ComputeResources.Servers, serverId, ct).ConfigureAwait(false) : null;
                }, Force);
        }
    }
}
