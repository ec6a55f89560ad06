using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>New-OSKeypair: imports a public key (text or file) under a name.</summary>
    [Cmdlet(VerbsCommon.New, "OSKeypair", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Keypair))]
    public sealed class NewOSKeypairCommand : OpenStackCmdlet
    {
        private const string KeySet = "Key";
        private const string PathSet = "Path";

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

        protected override void EndProcessing()
        {
            string key = null!;
            if (!Try(PublicKeyPath, () => key = ReadKey())) return;
            if (!ShouldProcess(Name, "Import keypair")) return;
            var client = new ComputeClient(ActiveSession);
            Try(Name, () => WriteObject(Run(ct => client.CreateKeypairAsync(Name, key, ct))));
        }

        private string ReadKey() =>
            ParameterSetName == KeySet ? PublicKey : InputFiles.ReadText(GetUnresolvedProviderPathFromPSPath(PublicKeyPath), "public key file");
    }
}
