using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Remove-OSGroup: deletes Keystone groups (admin; asks first unless -Force). Their users stay; what the group was granted goes.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSGroupCommand : RemoveResourceCmdlet<Group>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Group> Resource => IdentityResources.Groups;
        protected override string[] Targets => Id;
    }
}
