using System;
using System.Collections;
using System.Management.Automation;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// Set-OSObject: changes objects' metadata, content type or expiry without sending their data again. Metadata not
    /// named is kept (Swift's POST would drop it: the cmdlet reads and sends it back).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(StorageObject))]
    public sealed class SetOSObjectCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string Container { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = null!;

        /// <summary>Metadata to add or replace.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveMetadata { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ContentType { get; set; }

        /// <summary>Swift deletes the object this many seconds from now.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? DeleteAfter { get; set; }

        /// <summary>Keep the object for good (removes an expiry set earlier).</summary>
        [Parameter]
        public SwitchParameter RemoveExpiry { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ObjectStorageClient(ActiveSession);
            foreach (var name in Name)
            {
                Try(Container + "/" + name, () =>
                {
                    if (DeleteAfter.HasValue && RemoveExpiry) throw new ArgumentException("Give -DeleteAfter or -RemoveExpiry, not both.");
                    ObjectStorageClient.ValidateContainerName(Container);
                    ObjectStorageClient.ValidateObjectName(name);
                    var metadata = ObjectStorageArgs.Metadata(Metadata, RemoveMetadata);
                    if (!ShouldProcess(Container + "/" + name, "Change object")) return;
                    var after = DeleteAfter.HasValue ? TimeSpan.FromSeconds(DeleteAfter.Value) : (TimeSpan?)null;
                    WriteObject(Run(ct => client.UpdateObjectAsync(Container, name, metadata, ContentType, after, !RemoveExpiry, ct)));
                });
            }
        }
    }
}
