using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Shared by Add- and Remove-OSServerSecurityGroup: servers and security groups by name or id, either from the
    /// pipeline, one confirmation and one item per server, -PassThru writing the server as it then is.
    /// </summary>
    public abstract class ServerSecurityGroupCmdlet : BulkCmdlet
    {
        /// <summary>The servers: names, ids, or servers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[] Server { get; set; } = null!;

        /// <summary>
        /// The security groups: names, ids, or groups from the pipeline. Nova looks a name up in the server's project,
        /// so a name shared with another project's group (default) still means the server's own.
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [Alias("SecurityGroupId")]
        [ReferenceTo(typeof(Client.Network.SecurityGroup))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public NameOrId[] SecurityGroup { get; set; } = null!;

        /// <summary>Write the server with its security groups as Nova then has them.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>"Add security groups {0} to server", say.</summary>
        protected abstract string ActionText(string groups);

        protected abstract Task InvokeAsync(ComputeClient client, string serverId, string group, CancellationToken ct);

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var client = new ComputeClient(resources.Session);
            var groups = SecurityGroup.Select(g => g.Value).ToArray();
            foreach (var server in Server)
                Enqueue(server.Value, ActionText(string.Join(", ", groups)), server.Value, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, server.Value, ct).ConfigureAwait(false);
                    // Nova takes the group's name or id as given: one request per group, in order.
                    foreach (var g in groups) await InvokeAsync(client, serverId, g, ct).ConfigureAwait(false);
                    return PassThru ? await resources.GetAsync(ComputeResources.Servers, serverId, ct).ConfigureAwait(false) : null;
                });
        }
    }
}
