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

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("RouterId")]
        [ResourceRef]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RouterNameCompleter))] public string Router { get; set; } = null!;

        [Parameter(ParameterSetName = SubnetSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("SubnetId")]
        [ResourceRef]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SubnetNameCompleter))] public string Subnet { get; set; } = null!;

        [Parameter(ParameterSetName = PortSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PortId")]
        [ResourceRef]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PortNameCompleter))] public string Port { get; set; } = null!;

        protected abstract string Action { get; }
        protected abstract System.Threading.Tasks.Task<RouterInterface> SendAsync(NetworkClient client, string routerId, string? subnetId, string? portId, System.Threading.CancellationToken ct);

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var resources = new ResourceClient(session);
            string routerId = null!;
            string? subnetId = null, portId = null;
            if (!Try(Router, () =>
            {
                routerId = Run(ct => resources.FindIdAsync(NetworkResources.Routers, Router, ct));
                if (ParameterSetName == SubnetSet) subnetId = Run(ct => resources.FindIdAsync(NetworkResources.Subnets, Subnet, ct));
                else portId = Run(ct => resources.FindIdAsync(NetworkResources.Ports, Port, ct));
            })) return;
            if (!ShouldProcess(Router, Action + " " + (subnetId != null ? "subnet " + Subnet : "port " + Port))) return;
            var client = new NetworkClient(session);
            Try(Router, () => WriteObject(Run(ct => SendAsync(client, routerId, subnetId, portId, ct))));
        }
    }
}
