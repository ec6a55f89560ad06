using System;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Base of Add-/Remove-OSRouterInterface: a router and a subnet or a port, all by name, id or object.</summary>
    public abstract class RouterInterfaceCmdlet : OpenStackCmdlet
    {
        protected const string PortSet = "Port";
        protected const string SubnetSet = "Subnet";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RouterId")]
        [ReferenceTo(typeof(Client.Network.Router))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RouterNameCompleter))] public NameOrId Router { get; set; } = null!;

        [Parameter(ParameterSetName = SubnetSet, Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SubnetId")]
        [ReferenceTo(typeof(Client.Network.Subnet))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SubnetNameCompleter))] public NameOrId Subnet { get; set; } = null!;

        [Parameter(ParameterSetName = PortSet, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PortId")]
        [ReferenceTo(typeof(Client.Network.Port))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PortNameCompleter))] public NameOrId Port { get; set; } = null!;

        protected abstract string Action { get; }
        protected abstract System.Threading.Tasks.Task<RouterInterface> SendAsync(NetworkClient client, string routerId, string? subnetId, string? portId, System.Threading.CancellationToken ct);

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var resources = new ResourceClient(session);
            string routerId = null!;
            string? subnetId = null, portId = null;
            if (!Try(Router.Value, () =>
            {
                routerId = Run(ct => resources.FindIdAsync(NetworkResources.Routers, Router.Value, ct));
                if (ParameterSetName == SubnetSet) subnetId = Run(ct => resources.FindIdAsync(NetworkResources.Subnets, Subnet.Value, ct));
                else portId = Run(ct => resources.FindIdAsync(NetworkResources.Ports, Port.Value, ct));
            })) return;
            if (!ShouldProcess(Router.Value, Action + " " + (subnetId != null ? "subnet " + Subnet : "port " + Port))) return;
            var client = new NetworkClient(session);
            Try(Router.Value, () => WriteObject(Run(ct => SendAsync(client, routerId, subnetId, portId, ct))));
        }
    }
}
