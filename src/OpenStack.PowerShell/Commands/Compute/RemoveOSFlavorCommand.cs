using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSFlavor: deletes flavors by id or name (admin). Servers using them keep running.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSFlavor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSFlavorCommand : RemoveResourceCmdlet<Flavor>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Flavor> Resource => ComputeResources.Flavors;
        protected override string[] Targets => Id;
    }
}
