using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSServerGroup: deletes server groups (asks first unless -Force); their servers keep running.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSServerGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSServerGroupCommand : RemoveResourceCmdlet<ServerGroup>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerGroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerGroupNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<ServerGroup> Resource => ComputeResources.ServerGroups;
        protected override string[] Targets => Id;
    }
}
