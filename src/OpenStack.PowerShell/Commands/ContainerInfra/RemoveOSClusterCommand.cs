using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Remove-OSCluster: deletes clusters (asks first unless -Force); -Wait until gone, DELETE_FAILED an error with the reason.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSClusterCommand : RemoveWaitingResourceCmdlet<Cluster>
    {
        public RemoveOSClusterCommand() { TimeoutSec = 3600; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Cluster> Resource => ContainerInfraResources.Clusters;
        protected override string[] Targets => Id;
    }
}
