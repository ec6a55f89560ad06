using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSServerEvent: what was done to a server (Nova's instance actions), newest first, each with its steps,
    /// request id, start and finish, result, user and project: the server's task log.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSServerEvent")]
    [OutputType(typeof(ServerEvent))]
    public sealed class GetOSServerEventCommand : OpenStackCmdlet
    {
        /// <summary>The server: name, id, or a server from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId", "Id")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId Server { get; set; } = null!;

        /// <summary>Only the actions of these requests (the x-openstack-request-id of the call that asked for them).</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? RequestId { get; set; }

        /// <summary>The actions only, without reading each one for its steps (one request per page instead of one per action).</summary>
        [Parameter]
        public SwitchParameter NoSteps { get; set; }

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var client = new ComputeClient(resources.Session);
            string? serverId = null;
            if (!Try(Server.Value, () => serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, Server.Value, ct)))) return;
            if (RequestId == null)
            {
                Try(Server.Value, () =>
                {
                    foreach (var e in RunEach(ct => client.ListServerEventsAsync(serverId!, !NoSteps, null, ct))) WriteObject(e);
                });
                return;
            }
            foreach (var request in RequestId)
                Try(request, () => WriteObject(Run(ct => client.GetServerEventAsync(serverId!, request, ct))));
        }
    }
}
