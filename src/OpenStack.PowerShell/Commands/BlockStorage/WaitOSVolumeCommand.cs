using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// Wait-OSVolume: waits until volumes created or changed earlier reach a status, available by default (in-use once
    /// attached); error, error_extending and the like end the wait.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "OSVolume")]
    [OutputType(typeof(Volume))]
    public sealed class WaitOSVolumeCommand : WaitResourceCmdlet<Volume>
    {
        /// <summary>Volume ids (or names); Volume objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes;
        protected override string[] Targets => Id;
        protected override string[] ReadyStatus => new[] { "available" };

        // A volume in error says nothing of why: Cinder's user message about it does.
        protected override Task<string?> FailureReasonAsync(ResourceClient client, string id, CancellationToken ct) =>
            new BlockStorageClient(client.Session).LastUserMessageAsync(id, ct);
    }
}
