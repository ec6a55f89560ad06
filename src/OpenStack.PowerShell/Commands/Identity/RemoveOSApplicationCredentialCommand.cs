using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Remove-OSApplicationCredential: deletes application credentials of the session's user (or -User's); whatever
    /// authenticates with one stops working at once.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSApplicationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSApplicationCredentialCommand : RemoveResourceCmdlet<ApplicationCredential>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ApplicationCredentialId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ApplicationCredentialNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Whose credentials; the session's user by default, or the UserId of a credential from the pipeline.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ReferenceTo(typeof(User))]
        [ArgumentCompleter(typeof(UserNameCompleter))] public NameOrId? User { get; set; }

        protected override ResourceDescriptor<ApplicationCredential> Resource => IdentityResources.ApplicationCredentials;
        protected override string[] Targets => Id;
        protected override string ActionText => "Delete application credential";

        protected override void ProcessRecord()
        {
            string userId = null!;
            if (!Try(User?.Value ?? "user", () => userId = UserReference.UserId(ActiveSession, User, Run))) return;
            // Each item's work runs later, on another thread: it keeps the owner of its own record.
            var owned = Resource.Under(userId);
            var client = Client;
            foreach (var target in Targets)
                Enqueue(target, ActionText, target, async ct =>
                {
                    var id = await client.FindIdAsync(owned, target, ct).ConfigureAwait(false);
                    await client.DeleteAsync(owned, id, null, ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
