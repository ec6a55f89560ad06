using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSKeypair: deletes keypairs by name (from the pipeline too).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSKeypair", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSKeypairCommand : RemoveResourceCmdlet<Keypair>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("KeyName")]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = null!;

        protected override ResourceDescriptor<Keypair> Resource => ComputeResources.Keypairs;
        protected override string[] Targets => Name;
    }
}
