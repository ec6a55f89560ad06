using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSServerInterface: the network interfaces of servers (os-interface): port, network, MAC, addresses, port state.</summary>
    [Cmdlet(VerbsCommon.Get, "OSServerInterface")]
    [OutputType(typeof(ServerInterface))]
    public sealed class GetOSServerInterfaceCommand : OpenStackCmdlet
    {
        /// <summary>The servers: names, ids, or servers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId", "Id")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[] Server { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            foreach (var server in Server)
                Try(server.Value, () =>
                {
                    var serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, server.Value, ct));
                    foreach (var i in RunEach(ct => resources.ListAsync(ComputeResources.ServerInterfaces.Under(serverId), null, null, ct)))
                    {
                        i.ServerId = serverId;
                        WriteObject(i);
                    }
                });
        }
    }
}
