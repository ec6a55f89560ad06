using System;
using System.Collections;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.Client.ObjectStorage;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>New-OSContainer: creates containers, private unless -Public or a -ReadAcl says otherwise. An existing name is an error, never changed.</summary>
    [Cmdlet(VerbsCommon.New, "OSContainer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ObjectContainer))]
    public sealed class NewOSContainerCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = null!;

        /// <summary>Anyone may read the objects and list the container, without a token (read ACL ".r:*,.rlistings").</summary>
        [Parameter]
        public SwitchParameter Public { get; set; }

        /// <summary>X-Container-Read, e.g. "*:*" (every user of the cloud) or "&lt;project-id&gt;:*".</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ReadAcl { get; set; }

        /// <summary>X-Container-Write, e.g. "&lt;project-id&gt;:&lt;user-id&gt;".</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? WriteAcl { get; set; }

        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>The storage policy (GET /info lists the cloud's); chosen now for good.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? StoragePolicy { get; set; }

        /// <summary>Most bytes the container may hold (the container_quotas middleware).</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long? QuotaBytes { get; set; }

        /// <summary>Most objects the container may hold.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long? QuotaCount { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ObjectStorageClient(ActiveSession);
            foreach (var name in Name)
            {
                Try(name, () =>
                {
                    ObjectStorageClient.ValidateContainerName(name);
                    var options = new ContainerOptions
                    {
                        Public = Public ? true : (bool?)null, ReadAcl = ReadAcl, WriteAcl = WriteAcl, StoragePolicy = StoragePolicy,
                        QuotaBytes = QuotaBytes, QuotaCount = QuotaCount,
                    };
                    foreach (var kv in ObjectStorageArgs.Metadata(Metadata, null)) options.Metadata[kv.Key] = kv.Value;
                    if (!ShouldProcess(name, "Create container")) return;
                    // Swift's PUT of an existing container changes it quietly: a new one must not.
                    if (Run(ct => Exists(client, name, ct)))
                        throw new ArgumentException("The container '" + name + "' already exists; change it with Set-OSContainer.");
                    WriteObject(Run(ct => client.CreateContainerAsync(name, options, ct)));
                });
            }
        }

        private static async System.Threading.Tasks.Task<bool> Exists(ObjectStorageClient client, string name, System.Threading.CancellationToken ct)
        {
            try { await client.GetContainerAsync(name, ct).ConfigureAwait(false); return true; }
            catch (NotFoundException) { return false; }
        }
    }
}
