using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSServer: deletes servers (asks first unless -Force); -Wait until they are gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSServerCommand : RemoveWaitingResourceCmdlet<Server>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers;
        protected override string[] Targets => Id;
        protected override bool TakesUuidsAsGiven => true;
    }
}
