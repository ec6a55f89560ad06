using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSVolumeAttachment: the volumes attached to a server.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeAttachment")]
    [OutputType(typeof(VolumeAttachment))]
    public sealed class GetOSVolumeAttachmentCommand : OpenStackCmdlet
    {
        /// <summary>The server: name, id, or a server from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId", "Id")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId Server { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            Try(Server.Value, () =>
            {
                var serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, Server.Value, ct));
                foreach (var a in RunEach(ct => resources.ListAsync(ComputeResources.VolumeAttachments.Under(serverId), null, null, ct))) WriteObject(a);
            });
        }
    }
}
