using System;
using System.Management.Automation;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// New-OSObjectTempUrl: a URL that lets whoever holds it GET (or PUT...) one object without a token until it expires,
    /// signed with the account's temp URL key (or the container's). The key itself is never written or traced.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSObjectTempUrl", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ObjectTempUrl))]
    public sealed class NewOSObjectTempUrlCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string Container { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter]
        [ValidateSet("GET", "HEAD", "PUT", "POST", "DELETE")]
        public string Method { get; set; } = "GET";

        /// <summary>Seconds the URL works for (default an hour).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int LifetimeSec { get; set; } = 3600;

        /// <summary>Sign with the container's key instead of the account's.</summary>
        [Parameter]
        public SwitchParameter ContainerKey { get; set; }

        /// <summary>Set a random key on the account (or container) when it has none.</summary>
        [Parameter]
        public SwitchParameter SetKey { get; set; }

        protected override void ProcessRecord()
        {
            Try(Container + "/" + Name, () =>
            {
                ObjectStorageClient.ValidateContainerName(Container);
                ObjectStorageClient.ValidateObjectName(Name);
                var action = "Create a " + Method + " temp URL for " + LifetimeSec + " s" +
                             (SetKey ? " (setting a temp URL key on the " + (ContainerKey ? "container" : "account") + " if it has none)" : "");
                if (!ShouldProcess(Container + "/" + Name, action)) return;
                var client = new ObjectStorageClient(ActiveSession);
                WriteObject(Run(ct => client.CreateTempUrlAsync(Container, Name, Method, TimeSpan.FromSeconds(LifetimeSec), ContainerKey, SetKey, ct)));
            });
        }
    }
}
