using System.Management.Automation;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// Get-OSContainer: the project's containers, listed page by page (past Swift's 10,000 a page); a name without
    /// wildcards reads that container in full (ACLs, metadata, quotas, storage policy).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSContainer")]
    [OutputType(typeof(ObjectContainer))]
    public sealed class GetOSContainerCommand : OpenStackCmdlet
    {
        /// <summary>Names; wildcards list and filter.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string[]? Name { get; set; }

        /// <summary>Only the containers whose names start with this (filtered by Swift).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Prefix { get; set; }

        /// <summary>Names per listing request (Swift's largest page is 10,000).</summary>
        [Parameter]
        [ValidateRange(1, ObjectStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = ObjectStorageClient.MaxPageSize;

        protected override void ProcessRecord()
        {
            var client = new ObjectStorageClient(ActiveSession) { PageSize = PageSize };
            if (Name == null)
            {
                WriteListed(null, (_, ct) => client.ListContainersAsync(Prefix, ct), c => c.Name, "containers");
                return;
            }
            foreach (var name in Name)
            {
                if (WildcardPattern.ContainsWildcardCharacters(name))
                    WriteListed(name, (_, ct) => client.ListContainersAsync(Prefix, ct), c => c.Name, "containers");
                else Try(name, () => WriteObject(Run(ct => client.GetContainerAsync(name, ct))));
            }
        }
    }
}
