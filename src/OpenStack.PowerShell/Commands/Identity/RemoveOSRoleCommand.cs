using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Remove-OSRole: deletes roles, and with them every assignment of them; so it asks first (ConfirmImpact High).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSRoleCommand : RemoveResourceCmdlet<Role>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RoleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RoleNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Role> Resource => IdentityResources.Roles;
        protected override string[] Targets => Id;
        protected override string ActionText => "Delete role and all its assignments";
    }
}
