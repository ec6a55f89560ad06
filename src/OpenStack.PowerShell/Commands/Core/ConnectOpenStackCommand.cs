using System;
using System.Management.Automation;
using System.Security;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Connect-OpenStack: authenticates with Keystone v3 and makes the session current for this runspace.
    /// Without parameters it reads OS_CLOUD or the OS_* variables of an openrc.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "OpenStack", DefaultParameterSetName = Environment)]
    [OutputType(typeof(OpenStackSession))]
    public sealed class ConnectOpenStackCommand : OpenStackCmdlet
    {
        private const string Environment = "Environment";
        private const string Cloud_ = "Cloud";
        private const string Password = "Password";
        private const string AppCredential = "ApplicationCredential";
        private const string AppCredentialId = "ApplicationCredentialId";
        private const string Token_ = "Token";

        [Parameter(ParameterSetName = Cloud_, Mandatory = true, Position = 0, HelpMessage = "A cloud in clouds.yaml")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CloudNameCompleter))]
        public string Cloud { get; set; } = null!;

        [Parameter(ParameterSetName = Password, Mandatory = true)]
        [Parameter(ParameterSetName = AppCredential, Mandatory = true)]
        [Parameter(ParameterSetName = AppCredentialId, Mandatory = true)]
        [Parameter(ParameterSetName = Token_, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string AuthUrl { get; set; } = null!;

        /// <summary>User name and password; with -Cloud, for a cloud whose clouds.yaml entry holds no password.</summary>
        [Parameter(ParameterSetName = Password, Mandatory = true)]
        [Parameter(ParameterSetName = Cloud_)]
        [Credential]
        public PSCredential Credential { get; set; } = null!;

        [Parameter(ParameterSetName = Password)]
        public string? UserDomain { get; set; }

        [Parameter(ParameterSetName = Password)]
        [Parameter(ParameterSetName = Token_)]
        [Parameter(ParameterSetName = Cloud_)]
        public string? Project { get; set; }

        [Parameter(ParameterSetName = Password)]
        [Parameter(ParameterSetName = Token_)]
        [Parameter(ParameterSetName = Cloud_)]
        public string? ProjectId { get; set; }

        [Parameter(ParameterSetName = Password)]
        [Parameter(ParameterSetName = Token_)]
        public string? ProjectDomain { get; set; }

        /// <summary>Domain scope, or the default domain of user and project.</summary>
        [Parameter(ParameterSetName = Password)]
        [Parameter(ParameterSetName = Token_)]
        public string? Domain { get; set; }

        [Parameter(ParameterSetName = Password)]
        [Parameter(ParameterSetName = Token_)]
        public SwitchParameter System { get; set; }

        /// <summary>Application credential: the id as user name, the secret as password.</summary>
        [Parameter(ParameterSetName = AppCredential, Mandatory = true)]
        [Credential]
        public PSCredential ApplicationCredential { get; set; } = null!;

        [Parameter(ParameterSetName = AppCredentialId, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string ApplicationCredentialId { get; set; } = null!;

        [Parameter(ParameterSetName = AppCredentialId, Mandatory = true)]
        public SecureString ApplicationCredentialSecret { get; set; } = null!;

        [Parameter(ParameterSetName = Token_, Mandatory = true)]
        public SecureString Token { get; set; } = null!;

        [Parameter]
        public string? Region { get; set; }

        [Parameter]
        [ValidateSet("public", "internal", "admin")]
        public string? Interface { get; set; }

        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        [Parameter]
        public string? CACertificatePath { get; set; }

        /// <summary>Seconds an HTTP request may stall (no byte moving, or no answer) before it fails with OperationTimeout.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        /// <summary>The name the connection is kept under; by default the cloud's name, else user@project.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            CloudConfig config = null!;
            Must(Cloud ?? CloudConfig.WithoutUserInfo(AuthUrl), () =>
            {
                var loader = CloudConfigLoader.ForCurrentProcess(SessionState.Path.CurrentFileSystemLocation.ProviderPath);
                config = loader.Resolve(ParameterSetName == Cloud_ ? Cloud : null, FromParameters());
            });
            if (SkipCertificateCheck || config.Verify == false)
                WriteWarning("TLS certificate checks are off for this session: use only with test clouds.");
            var options = new OpenStackSessionOptions
            {
                SkipCertificateCheck = SkipCertificateCheck,
                CACertificatePath = CACertificatePath == null ? null : GetUnresolvedProviderPathFromPSPath(CACertificatePath),
                RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
            };
            OpenStackSession session = null!;
            Must(config.CloudName ?? config.AuthUrl, () => session = Run(ct => OpenStackSession.ConnectAsync(config, options, ct)));
            session.Name = Name ?? DefaultName(session);
            var registry = SessionStore.ForChange();
            var replaced = registry.Find(session.Name);
            registry.Add(session);
            if (replaced != null) WriteVerbose("The connection named '" + session.Name + "' (" + replaced + ") is replaced by the new one.");
            WriteVerbose("Connected: " + session + " as '" + session.Name + "'; token valid until " + session.TokenExpiresAt.ToString("u") + ".");
            if (PassThru) WriteObject(session);
        }

        private static string DefaultName(OpenStackSession session) =>
            session.CloudName ?? (session.UserName ?? session.UserId) + "@" + (session.ProjectName ?? session.DomainName ?? (session.SystemScope ? "system" : "unscoped"));

        private CloudConfig FromParameters()
        {
            var c = new CloudConfig
            {
                RegionName = Region,
                Interface = Interface,
                CACertPath = CACertificatePath,
                ProjectName = Project,
                ProjectId = ProjectId,
                ProjectDomainName = ProjectDomain,
                DomainName = Domain,
                SystemScope = System,
            };
            if (SkipCertificateCheck) c.Verify = false;
            switch (ParameterSetName)
            {
                case Cloud_ when Credential != null:
                    if (!string.IsNullOrEmpty(Credential.UserName)) c.Username = Credential.UserName;
                    c.Password = SecureStrings.ToSecret(Credential.Password);
                    break;
                case Password:
                    c.Source = "parameters";
                    c.AuthType = AuthType.Password;
                    c.AuthUrl = AuthUrl;
                    c.Username = Credential.UserName;
                    c.Password = SecureStrings.ToSecret(Credential.Password);
                    c.UserDomainName = UserDomain;
                    break;
                case AppCredential:
                    c.Source = "parameters";
                    c.AuthType = AuthType.ApplicationCredential;
                    c.AuthUrl = AuthUrl;
                    c.ApplicationCredentialId = ApplicationCredential.UserName;
                    c.ApplicationCredentialSecret = SecureStrings.ToSecret(ApplicationCredential.Password);
                    break;
                case AppCredentialId:
                    c.Source = "parameters";
                    c.AuthType = AuthType.ApplicationCredential;
                    c.AuthUrl = AuthUrl;
                    c.ApplicationCredentialId = ApplicationCredentialId;
                    c.ApplicationCredentialSecret = SecureStrings.ToSecret(ApplicationCredentialSecret);
                    break;
                case Token_:
                    c.Source = "parameters";
                    c.AuthType = AuthType.Token;
                    c.AuthUrl = AuthUrl;
                    c.Token = SecureStrings.ToSecret(Token);
                    break;
            }
            return c;
        }
    }
}
