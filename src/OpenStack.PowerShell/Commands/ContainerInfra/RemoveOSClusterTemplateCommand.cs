using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Remove-OSClusterTemplate: deletes templates (asks first unless -Force). Magnum refuses while a cluster uses one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSClusterTemplate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSClusterTemplateCommand : RemoveResourceCmdlet<ClusterTemplate>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<ClusterTemplate> Resource => ContainerInfraResources.ClusterTemplates;
        protected override string[] Targets => Id;
    }
}
