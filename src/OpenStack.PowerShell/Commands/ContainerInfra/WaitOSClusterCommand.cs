using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>
    /// Wait-OSCluster: waits until Magnum clusters created or resized earlier complete (CREATE_COMPLETE or UPDATE_COMPLETE by
    /// default); any *_FAILED status ends the wait with Magnum's status reason.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "OSCluster")]
    [OutputType(typeof(Cluster))]
    public sealed class WaitOSClusterCommand : WaitResourceCmdlet<Cluster>
    {
        public WaitOSClusterCommand() { TimeoutSec = 3600; }

        /// <summary>Cluster uuids (or names); Cluster objects bind by their Uuid.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Cluster> Resource => ContainerInfraResources.Clusters;
        protected override string[] Targets => Id;
        // A resized cluster ends in UPDATE_COMPLETE: both mean ready for use.
        protected override string[] ReadyStatus => new[] { "CREATE_COMPLETE", "UPDATE_COMPLETE" };
    }
}
