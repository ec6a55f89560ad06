using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// Remove-OSContainer: deletes containers. A container with objects is an error unless -Recurse, which first deletes
    /// its objects (bulk delete, 1,000 a request) and the segments of its large objects (its "_segments" container).
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSContainer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSContainerCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string[] Name { get; set; } = null!;

        /// <summary>Delete the objects first (and the segments container of its large objects).</summary>
        [Parameter]
        public SwitchParameter Recurse { get; set; }

        /// <summary>No confirmation prompt.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ObjectStorageClient(ActiveSession);
            foreach (var name in Name)
            {
                Try(name, () =>
                {
                    ObjectStorageClient.ValidateContainerName(name);
                    if (!ObjectStorageArgs.Confirmed(this, Force, name, Recurse ? "Remove container and all its objects" : "Remove container")) return;
                    Run(async ct =>
                    {
                        if (Recurse)
                        {
                            await EmptyAsync(client, name, ct).ConfigureAwait(false);
                            var segments = ObjectStorageClient.SegmentContainer(name);
                            if (segments.Length <= ObjectStorageClient.MaxContainerNameBytes && await ExistsAsync(client, segments, ct).ConfigureAwait(false))
                            {
                                await EmptyAsync(client, segments, ct).ConfigureAwait(false);
                                await client.DeleteContainerAsync(segments, ct).ConfigureAwait(false);
                            }
                        }
                        await client.DeleteContainerAsync(name, ct).ConfigureAwait(false);
                    });
                });
            }
        }

        private static async Task EmptyAsync(ObjectStorageClient client, string container, CancellationToken ct)
        {
            // Listed in full first: deleting while paging by marker would work too, but a listing is cheap and this is simpler to reason about.
            var names = new System.Collections.Generic.List<(string, string?)>();
            await foreach (var o in client.ListObjectsAsync(container, null, null, ct).ConfigureAwait(false)) names.Add((container, o.Name));
            if (names.Count > 0) await client.BulkDeleteAsync(names, ct).ConfigureAwait(false);
        }

        internal static async Task<bool> ExistsAsync(ObjectStorageClient client, string container, CancellationToken ct)
        {
            try { await client.GetContainerAsync(container, ct).ConfigureAwait(false); return true; }
            catch (NotFoundException) { return false; }
        }
    }
}
