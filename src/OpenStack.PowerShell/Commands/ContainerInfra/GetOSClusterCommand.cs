using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>
    /// Get-OSCluster: Magnum clusters by name (wildcards) or uuid. Magnum lists only a summary, so each cluster
    /// found is read in full: status reason, addresses, labels.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSCluster", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Cluster))]
    public sealed class GetOSClusterCommand : GetResourceCmdlet<Cluster>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override ResourceDescriptor<Cluster> Resource => ContainerInfraResources.Clusters;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
    }
}
