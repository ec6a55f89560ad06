using System.Collections;
using System.Management.Automation;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>Set-OSContainer: changes ACLs, metadata and quotas; what is not given stays as it is.</summary>
    [Cmdlet(VerbsCommon.Set, "OSContainer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ObjectContainer))]
    public sealed class SetOSContainerCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string[] Name { get; set; } = null!;

        /// <summary>$true: anyone may read and list without a token; $false: the read ACL is removed.</summary>
        [Parameter]
        public bool? Public { get; set; }

        /// <summary>The read ACL; '' removes it.</summary>
        [Parameter]
        [AllowEmptyString]
        public string? ReadAcl { get; set; }

        /// <summary>The write ACL; '' removes it.</summary>
        [Parameter]
        [AllowEmptyString]
        public string? WriteAcl { get; set; }

        /// <summary>Metadata to add or replace.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveMetadata { get; set; }

        /// <summary>Most bytes; 0 removes the quota.</summary>
        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long? QuotaBytes { get; set; }

        /// <summary>Most objects; 0 removes the quota.</summary>
        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long? QuotaCount { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ObjectStorageClient(ActiveSession);
            foreach (var name in Name)
            {
                Try(name, () =>
                {
                    ObjectStorageClient.ValidateContainerName(name);
                    var options = new ContainerOptions { Public = Public, ReadAcl = ReadAcl, WriteAcl = WriteAcl, QuotaBytes = QuotaBytes, QuotaCount = QuotaCount };
                    foreach (var kv in ObjectStorageArgs.Metadata(Metadata, RemoveMetadata)) options.Metadata[kv.Key] = kv.Value;
                    if (!ShouldProcess(name, "Change container")) return;
                    WriteObject(Run(ct => client.UpdateContainerAsync(name, options, ct)));
                });
            }
        }
    }
}
