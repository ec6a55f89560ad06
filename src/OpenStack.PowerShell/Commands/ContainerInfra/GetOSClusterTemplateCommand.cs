using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Get-OSClusterTemplate: Magnum cluster templates by name (wildcards) or uuid.</summary>
    [Cmdlet(VerbsCommon.Get, "OSClusterTemplate", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(ClusterTemplate))]
    public sealed class GetOSClusterTemplateCommand : GetResourceCmdlet<ClusterTemplate>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterTemplateId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override ResourceDescriptor<ClusterTemplate> Resource => ContainerInfraResources.ClusterTemplates;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
    }
}
