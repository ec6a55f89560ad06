using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSVolumeAttachment: the volumes attached to a server.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeAttachment")]
    [OutputType(typeof(VolumeAttachment))]
    public sealed class GetOSVolumeAttachmentCommand : OpenStackCmdlet
    {
        /// <summary>Server id or name; a Server object binds by its Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string ServerId { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            Try(ServerId, () =>
            {
                var serverId = Run(ct => resources.ResolveIdAsync(ComputeResources.Servers, ServerId, ct));
                foreach (var a in RunEach(ct => resources.ListAsync(ComputeResources.VolumeAttachments.Under(serverId), null, null, ct))) WriteObject(a);
            });
        }
    }
}
