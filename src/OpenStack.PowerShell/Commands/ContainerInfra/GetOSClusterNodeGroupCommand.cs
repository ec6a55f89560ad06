using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Get-OSClusterNodeGroup: the node groups of a cluster (masters and workers).</summary>
    [Cmdlet(VerbsCommon.Get, "OSClusterNodeGroup")]
    [OutputType(typeof(NodeGroup))]
    public sealed class GetOSClusterNodeGroupCommand : GetResourceCmdlet<NodeGroup>
    {
        /// <summary>The cluster: name, uuid, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ClusterId")]
        [ReferenceTo(typeof(Client.ContainerInfra.Cluster))]
        [ValidateNotNullOrEmpty]
        public NameOrId Cluster { get; set; } = null!;

        [Parameter(Position = 1)] [SupportsWildcards] public string? Name { get; set; }

        protected override ResourceDescriptor<NodeGroup> Resource => ContainerInfraResources.NodeGroups;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Name;
        protected override object ListTarget => Cluster.Value;

        protected override ResourceDescriptor<NodeGroup> Listed(ResourceClient client) =>
            Resource.Under(Run(ct => client.FindIdAsync(ContainerInfraResources.Clusters, Cluster.Value, ct)));
    }
}
