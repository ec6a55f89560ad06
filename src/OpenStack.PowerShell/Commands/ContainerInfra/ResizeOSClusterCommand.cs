using System;
using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Waiting;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Resize-OSCluster: scales a cluster's workers (or a named node group) up or down; -Wait until UPDATE_COMPLETE.</summary>
    [Cmdlet(VerbsCommon.Resize, "OSCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Cluster))]
    public sealed class ResizeOSClusterCommand : BulkCmdlet
    {
        private ContainerInfraClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)] [ValidateRange(0, 10000)] public int NodeCount { get; set; }
        [Parameter] public string? NodeGroup { get; set; }
        [Parameter] public SwitchParameter Wait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 3600;
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Resizing clusters";

        protected override void ProcessRecord()
        {
            var client = _client ??= new ContainerInfraClient(ActiveSession);
            foreach (var id in Id)
                Enqueue(id, "Resize to " + NodeCount + " nodes" + (NodeGroup != null ? " in node group " + NodeGroup : ""), id, async ct =>
                {
                    var cluster = await client.FindClusterAsync(id, ct).ConfigureAwait(false);
                    await client.ResizeClusterAsync(cluster, NodeCount, NodeGroup, ct).ConfigureAwait(false);
                    if (Wait)
                        cluster = await client.WaitForClusterAsync(cluster.Uuid, new WaitOptions("UPDATE_COMPLETE")
                            { Failures = new[] { "UPDATE_FAILED" }, FailureSuffix = null, Timeout = TimeSpan.FromSeconds(TimeoutSec), Interval = TimeSpan.FromSeconds(5) }, ct).ConfigureAwait(false) ?? cluster;
                    return PassThru || Wait ? cluster : null;
                });
        }
    }
}
