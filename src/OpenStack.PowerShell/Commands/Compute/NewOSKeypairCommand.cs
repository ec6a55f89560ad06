using System.Management.Automation;
using System.Net;
using OpenStack.Client.Compute;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// New-OSKeypair: imports a public key (text or file) under a name, or without one has Nova generate the pair. The
    /// generated private key exists once: written to -PrivateKeyPath (owner-only), or returned as a SecureString.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSKeypair", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = GenerateSet)]
    [OutputType(typeof(Keypair))]
    public sealed class NewOSKeypairCommand : OpenStackCmdlet
    {
        private const string KeySet = "Key";
        private const string PathSet = "Path";
        private const string GenerateSet = "Generate";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The public key itself, e.g. "ssh-ed25519 AAAA... user@host".</summary>
        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        [ValidateNotNullOrEmpty]
        public string PublicKey { get; set; } = null!;

        /// <summary>A public key file, e.g. ~/.ssh/id_ed25519.pub.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string PublicKeyPath { get; set; } = null!;

        /// <summary>Where to write the generated private key (readable by you only); without it the key is the output's PrivateKey SecureString.</summary>
        [Parameter(ParameterSetName = GenerateSet)]
        [ValidateNotNullOrEmpty]
        public string? PrivateKeyPath { get; set; }

        /// <summary>Replace an existing -PrivateKeyPath file.</summary>
        [Parameter(ParameterSetName = GenerateSet)]
        public SwitchParameter Force { get; set; }

        protected override void EndProcessing()
        {
            string? key = null;
            string? keyFile = null;
            if (ParameterSetName == GenerateSet)
            {
                // The key can only be had once: a file it could not go to is found out before Nova makes it.
                if (PrivateKeyPath != null && !Try(PrivateKeyPath, () =>
                    {
                        keyFile = GetUnresolvedProviderPathFromPSPath(PrivateKeyPath);
                        PrivateKeyFile.CheckTarget(keyFile, Force);
                    })) return;
            }
            else if (!Try(PublicKeyPath, () => key = ReadKey())) return;
            if (!ShouldProcess(Name, key == null ? "Generate keypair" + (keyFile != null ? " (private key to " + keyFile + ")" : "") : "Import keypair")) return;
            var client = new ComputeClient(ActiveSession);
            Keypair created = null!;
            if (!Try(Name, () => created = Run(ct => client.CreateKeypairAsync(Name, key, ct)))) return;
            if (keyFile != null && created.PrivateKey != null)
            {
                // Written, the key leaves the output; not written, it stays there so that it is not lost.
                if (Try(keyFile, () => PrivateKeyFile.Write(keyFile, new NetworkCredential(string.Empty, created.PrivateKey).Password, Force)))
                {
                    WriteVerbose("The private key of " + Name + " is in " + keyFile + ", readable by you only.");
                    created.PrivateKey.Dispose();
                    created.PrivateKey = null;
                }
            }
            WriteObject(created);
        }

        private string ReadKey() =>
            ParameterSetName == KeySet ? PublicKey : InputFiles.ReadText(GetUnresolvedProviderPathFromPSPath(PublicKeyPath), "public key file");
    }
}
