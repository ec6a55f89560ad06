using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// Remove-OSObject: deletes objects, all at once through bulk delete (1,000 a request) once the pipeline has
    /// ended. The segments of large objects (in the container's "_segments" container) go with their manifests.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSObjectCommand : OpenStackCmdlet
    {
        private readonly Dictionary<string, List<string>> _byContainer = new Dictionary<string, List<string>>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string Container { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = null!;

        /// <summary>No confirmation prompt.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var name in Name)
            {
                if (!Try(Container + "/" + name, () => { ObjectStorageClient.ValidateContainerName(Container); ObjectStorageClient.ValidateObjectName(name); })) continue;
                if (!ObjectStorageArgs.Confirmed(this, Force, Container + "/" + name, "Remove object")) continue;
                if (!_byContainer.TryGetValue(Container, out var list)) _byContainer[Container] = list = new List<string>();
                list.Add(name);
            }
        }

        protected override void EndProcessing()
        {
            var client = new ObjectStorageClient(ActiveSession);
            foreach (var kv in _byContainer)
            {
                var container = kv.Key;
                var names = kv.Value.Distinct().ToList();
                Try(container, () => Run(async ct =>
                {
                    var result = await client.BulkDeleteAsync(names.Select(n => (container, (string?)n)), ct).ConfigureAwait(false);
                    WriteVerboseLater(result.Deleted + " deleted from " + container + ", " + result.NotFound + " not found");
                    await RemoveSegmentsAsync(client, container, names, ct).ConfigureAwait(false);
                }));
            }
        }

        private void WriteVerboseLater(string text) => Post(() => WriteVerbose(text));

        /// <summary>The segments a large object's upload wrote ("name/slo/..." in the segments container), when there is such a container.</summary>
        private static async Task RemoveSegmentsAsync(ObjectStorageClient client, string container, List<string> names, CancellationToken ct)
        {
            var segContainer = ObjectStorageClient.SegmentContainer(container);
            if (segContainer.Length > ObjectStorageClient.MaxContainerNameBytes || !await RemoveOSContainerCommand.ExistsAsync(client, segContainer, ct).ConfigureAwait(false)) return;
            var segments = new List<(string, string?)>();
            foreach (var name in names)
                await foreach (var s in client.ListObjectsAsync(segContainer, name + "/slo/", null, ct).ConfigureAwait(false)) segments.Add((segContainer, s.Name));
            if (segments.Count > 0) await client.BulkDeleteAsync(segments, ct).ConfigureAwait(false);
        }
    }
}
