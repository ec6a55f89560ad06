using System;
using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Resize-OSCluster: scales a cluster's workers (or a named node group) up or down; -Wait until UPDATE_COMPLETE.</summary>
    [Cmdlet(VerbsCommon.Resize, "OSCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Cluster))]
    public sealed class ResizeOSClusterCommand : BulkCmdlet
    {
        private ResourceClient? _resources;

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
            var resources = _resources ??= new ResourceClient(ActiveSession);
            var client = new ContainerInfraClient(resources.Session);
            var clusters = ContainerInfraResources.Clusters;
            foreach (var id in Id)
                Enqueue(id, "Resize to " + NodeCount + " nodes" + (NodeGroup != null ? " in node group " + NodeGroup : ""), id, async ct =>
                {
                    var cluster = await resources.FindAsync(clusters, id, ct).ConfigureAwait(false);
                    await client.ResizeClusterAsync(cluster, NodeCount, NodeGroup, ct).ConfigureAwait(false);
                    if (Wait)
                    {
                        // Only this resize's failure ends the wait: an earlier CREATE_FAILED is history, and so is an earlier
                        // resize's UPDATE_FAILED until Magnum changes the status.
                        var options = clusters.WaitFor("UPDATE_COMPLETE");
                        options.Failures = new[] { "UPDATE_FAILED" };
                        options.FailureSuffix = null;
                        options.NoteStatusBefore(cluster.Status);
                        options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                        cluster = await resources.WaitAsync(clusters, cluster.Uuid, options, ct).ConfigureAwait(false) ?? cluster;
                    }
                    return PassThru || Wait ? cluster : null;
                });
        }
    }
}
