using System;
using System.Collections;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// New-OSServerImage (alias New-OSServerSnapshot): snapshots servers to Glance images (createImage) and writes each
    /// image; -Wait until it is active, ready for New-OSServer -Image.
    /// </summary>
    [Alias("New-OSServerSnapshot")]
    [Cmdlet(VerbsCommon.New, "OSServerImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Client.Image.Image))]
    public sealed class NewOSServerImageCommand : BulkCmdlet
    {
        /// <summary>The servers: names, ids, or servers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[] Server { get; set; } = null!;

        /// <summary>The image's name.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Properties of the new image, as text.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>Wait until the image is active.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Snapshot servers";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(resources.Session);
            var metadata = Hashtables.ToStrings(Metadata);
            foreach (var server in Server)
                Enqueue(server.Value, "Create image " + Name + " from server", server.Value, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(ComputeResources.Servers, server.Value, ct).ConfigureAwait(false);
                    var imageId = await compute.CreateServerImageAsync(serverId, Name, metadata, ct).ConfigureAwait(false);
                    if (!Wait)
                        return await resources.GetAsync(ImageResources.Images, imageId, ct).ConfigureAwait(false);
                    var options = ImageResources.Images.WaitFor("active");
                    options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                    options.Progress = (status, elapsed) => Post(() => WriteProgress(
                        new ProgressRecord(0x05F1, "Snapshot of server " + server.Value, status + " after " + (int)elapsed.TotalSeconds + " s") { ParentActivityId = 0x05EC }));
                    return await compute.WaitForServerImageAsync(serverId, imageId, options, ct).ConfigureAwait(false);
                });
        }
    }
}
