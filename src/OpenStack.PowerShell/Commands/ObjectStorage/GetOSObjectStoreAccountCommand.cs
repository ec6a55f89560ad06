using System.Management.Automation;
using OpenStack.Client.ObjectStorage;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>Get-OSObjectStoreAccount: the project's object storage totals (containers, objects, bytes), quota and metadata.</summary>
    [Cmdlet(VerbsCommon.Get, "OSObjectStoreAccount")]
    [OutputType(typeof(ObjectStoreAccount))]
    public sealed class GetOSObjectStoreAccountCommand : OpenStackCmdlet
    {
        protected override void EndProcessing()
        {
            var client = new ObjectStorageClient(ActiveSession);
            Try("account", () => WriteObject(Run(ct => client.GetAccountAsync(ct))));
        }
    }
}
