using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Remove-OSUser: deletes Keystone users (admin; asks first unless -Force), with their role assignments and group memberships.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSUserCommand : RemoveResourceCmdlet<User>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<User> Resource => IdentityResources.Users;
        protected override string[] Targets => Id;
    }
}
