using System;
using System.Collections;
using System.Management.Automation;
using System.Security;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// New-OSApplicationCredential: a credential of the session's user, on the session's project, that scripts log in with
    /// instead of a password. Its secret (given, or made by Keystone) is returned this once, as the SecureString Secret
    /// and in the PSCredential Credential that Connect-OpenStack -ApplicationCredential takes.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSApplicationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ApplicationCredential))]
    public sealed class NewOSApplicationCredentialCommand : NewResourceCmdlet<ApplicationCredential, ApplicationCredentialCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        /// <summary>The roles (names or ids) it carries, of those the user has on the project; none: all of them.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RoleNameCompleter))] public string[]? Role { get; set; }

        /// <summary>When it stops working (sent in UTC); none: never.</summary>
        [Parameter]
        public DateTime? ExpiresAt { get; set; }

        /// <summary>It may create and delete application credentials and trusts too (a risk: a leaked one can make more).</summary>
        [Parameter]
        public SwitchParameter Unrestricted { get; set; }

        /// <summary>The only requests it may make: @{ Service = 'compute'; Method = 'GET'; Path = '/v2.1/servers' }, or @{ Id = '...' }.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable[]? AccessRule { get; set; }

        /// <summary>The secret to use; without it Keystone makes one.</summary>
        [Parameter]
        [ValidateNotNull]
        public SecureString? Secret { get; set; }

        protected override ResourceDescriptor<ApplicationCredential> Resource => IdentityResources.ApplicationCredentials;

        protected override ApplicationCredentialCreateOptions BuildOptions()
        {
            var o = new ApplicationCredentialCreateOptions
            {
                Name = Name, Description = Description, ExpiresAt = ExpiresAt, Unrestricted = Unrestricted, Secret = SecureStrings.ToSecret(Secret),
            };
            foreach (var rule in AccessRule ?? Array.Empty<Hashtable>())
            {
                Hashtables.CheckKeys(rule, "access rule", "Service", "Method", "Path", "Id");
                o.AccessRules.Add(new AccessRule
                {
                    Id = Hashtables.Text(rule, "Id"), Service = Hashtables.Text(rule, "Service"),
                    Method = Hashtables.Text(rule, "Method"), Path = Hashtables.Text(rule, "Path"),
                });
            }
            // Passed as given: Keystone finds roles by id or name itself, and most users may not list roles.
            o.Roles.AddRange(Role ?? Array.Empty<string>());
            return o;
        }


        protected override string Target(ApplicationCredentialCreateOptions o) => Name;

        protected override string ActionText(ApplicationCredentialCreateOptions o) =>
            "Create application credential of user " + ActiveSession.UserName + " on project " + ActiveSession.ProjectName +
            (Role != null ? " with role(s) " + string.Join(", ", Role) : "") + (Unrestricted ? " (unrestricted)" : "");

        protected override void Create(ResourceClient client, ApplicationCredentialCreateOptions options, string target) =>
            Try(target, () =>
            {
                // The session is read here, on the pipeline thread: the current one is kept per runspace, and the
                // thread pool thread that Run starts the call on has no runspace of its own.
                var session = ActiveSession;
                var userId = session.UserId ?? throw new ArgumentException("This session's token names no user: an application credential is made by a user.");
                var created = Run(ct => new IdentityClient(session).CreateApplicationCredentialAsync(userId, options, ct));
                var output = PSObject.AsPSObject(created.Credential);
                output.Properties.Add(new PSNoteProperty("Secret", created.Secret));
                output.Properties.Add(new PSNoteProperty("Credential",
                    created.Secret == null ? null : new PSCredential(created.Credential.Id, created.Secret)));
                WriteObject(output);
            });
    }
}
