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
    /// New-OSUser: a Keystone user (admin). The password comes as a SecureString (-Password) or a PSCredential
    /// (-Credential, whose user name is the new user's name); it is read only into the request body.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = NameSet)]
    [OutputType(typeof(Client.Identity.User))]
    public sealed class NewOSUserCommand : NewResourceCmdlet<User, UserCreateOptions>
    {
        private const string NameSet = "Name";
        private const string CredentialSet = "Credential";

        [Parameter(ParameterSetName = NameSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The password; without it the user cannot log in with one until an admin sets it (Set-OSUser -Password).</summary>
        [Parameter(ParameterSetName = NameSet)]
        public SecureString? Password { get; set; }

        /// <summary>The new user's name and password at once.</summary>
        [Parameter(ParameterSetName = CredentialSet, Mandatory = true)]
        [Credential]
        public PSCredential Credential { get; set; } = null!;

        /// <summary>The user's domain (name or id); the token's domain when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Domain { get; set; }

        /// <summary>The project (name or id) the user's logins are scoped to by default.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? DefaultProject { get; set; }

        [Parameter] public string? Email { get; set; }
        [Parameter] public string? Description { get; set; }

        /// <summary>Create the user disabled: it exists but cannot log in.</summary>
        [Parameter] public SwitchParameter Disabled { get; set; }

        private string UserName => ParameterSetName == CredentialSet ? Credential.UserName : Name;

        protected override ResourceDescriptor<User> Resource => IdentityResources.Users;

        protected override UserCreateOptions BuildOptions() => new UserCreateOptions
        {
            Name = UserName,
            Password = SecureStrings.ToSecret(ParameterSetName == CredentialSet ? Credential.Password : Password),
            DomainId = Domain, DefaultProjectId = DefaultProject, Email = Email, Description = Description,
            Enabled = Disabled ? false : (bool?)null,
        };

        protected override void Resolve(ResourceClient client, UserCreateOptions options)
        {
            if (Domain != null) options.DomainId = Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain, ct));
            if (DefaultProject != null) options.DefaultProjectId = Run(ct => client.FindIdAsync(IdentityResources.Projects, DefaultProject, ct));
        }

        protected override string Target(UserCreateOptions options) => options.Name;
    }
}
