using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSApplicationCredential: the session user's application credentials, or with -User (an admin) another user's.</summary>
    [Cmdlet(VerbsCommon.Get, "OSApplicationCredential", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(ApplicationCredential))]
    public sealed class GetOSApplicationCredentialCommand : GetResourceCmdlet<ApplicationCredential>
    {
        private ResourceDescriptor<ApplicationCredential>? _owned;

        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ApplicationCredentialId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ApplicationCredentialNameCompleter))] public string? Name { get; set; }

        /// <summary>Whose credentials (name, id, or a user from the pipeline); the session's user by default.</summary>
        // A user from the pipeline binds here in the list set only: by property name its Id would also bind to -Id.
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [Parameter(ParameterSetName = ParameterSets.Id, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ReferenceTo(typeof(User))]
        [ArgumentCompleter(typeof(UserNameCompleter))] public NameOrId? User { get; set; }

        protected override ResourceDescriptor<ApplicationCredential> Resource => _owned ?? IdentityResources.ApplicationCredentials;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;

        protected override void ProcessRecord()
        {
            string userId = null!;
            if (!Try(User?.Value ?? "user", () => userId = UserReference.UserId(ActiveSession, User, Run))) return;
            _owned = IdentityResources.ApplicationCredentials.Under(userId);
            base.ProcessRecord();
        }
    }
}
