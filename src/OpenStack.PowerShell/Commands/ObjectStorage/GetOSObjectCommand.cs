using System.Management.Automation;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// Get-OSObject: a container's objects, listed page by page; with -Delimiter the names past it fold into pseudo-folders
    /// (written as objects with IsFolder). A name without wildcards reads that object's headers: metadata, expiry, SLO.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSObject")]
    [OutputType(typeof(StorageObject))]
    public sealed class GetOSObjectCommand : OpenStackCmdlet
    {
        /// <summary>The container (its name, or a container from Get-OSContainer).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ReferenceTo(typeof(ObjectContainer))]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public NameOrId Container { get; set; } = null!;

        /// <summary>Object names; wildcards list and filter.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[]? Name { get; set; }

        /// <summary>Only the objects whose names start with this, e.g. 'logs/2024/'.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Prefix { get; set; }

        /// <summary>Fold names at this character ('/'): what lies past it under the prefix is one pseudo-folder.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Delimiter { get; set; }

        /// <summary>Names per listing request (Swift's largest page is 10,000).</summary>
        [Parameter]
        [ValidateRange(1, ObjectStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = ObjectStorageClient.MaxPageSize;

        protected override void ProcessRecord()
        {
            var client = new ObjectStorageClient(ActiveSession) { PageSize = PageSize };
            var container = Container.Value;
            if (Name == null)
            {
                WriteListed(null, (_, ct) => client.ListObjectsAsync(container, Prefix, Delimiter, ct), o => o.Name, "objects of " + container);
                return;
            }
            foreach (var name in Name)
            {
                if (WildcardPattern.ContainsWildcardCharacters(name))
                    WriteListed(name, (_, ct) => client.ListObjectsAsync(container, Prefix, Delimiter, ct), o => o.Name, "objects of " + container);
                else Try(container + "/" + name, () => WriteObject(Run(ct => client.GetObjectAsync(container, name, ct))));
            }
        }
    }
}
