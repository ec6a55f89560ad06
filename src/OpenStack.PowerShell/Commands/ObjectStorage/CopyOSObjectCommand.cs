using System.Collections;
using System.Management.Automation;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>Copy-OSObject: copies objects inside the object store (no data through the client), within or across containers.</summary>
    [Cmdlet(VerbsCommon.Copy, "OSObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(StorageObject))]
    public sealed class CopyOSObjectCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string Container { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The container to copy into (default: the same one).</summary>
        [Parameter(Position = 2)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string? DestinationContainer { get; set; }

        /// <summary>The copy's name (default: the same name).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DestinationName { get; set; }

        /// <summary>Metadata for the copy, added to the original's.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        protected override void ProcessRecord()
        {
            var toContainer = DestinationContainer ?? Container;
            var toName = DestinationName ?? Name;
            Try(Container + "/" + Name, () =>
            {
                ObjectStorageClient.ValidateContainerName(Container);
                ObjectStorageClient.ValidateContainerName(toContainer);
                ObjectStorageClient.ValidateObjectName(Name);
                ObjectStorageClient.ValidateObjectName(toName);
                if (toContainer == Container && toName == Name)
                    throw new System.ArgumentException("The copy of " + Container + "/" + Name + " needs another -DestinationContainer or -DestinationName.");
                if (!ShouldProcess(Container + "/" + Name, "Copy to " + toContainer + "/" + toName)) return;
                var client = new ObjectStorageClient(ActiveSession);
                var metadata = ObjectStorageArgs.Metadata(Metadata, null);
                WriteObject(Run(ct => client.CopyObjectAsync(Container, Name, toContainer, toName, metadata, false, ct)));
            });
        }
    }
}
