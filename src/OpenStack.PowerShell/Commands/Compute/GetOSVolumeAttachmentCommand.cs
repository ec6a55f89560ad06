using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
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
            var client = new ComputeClient(ActiveSession);
            try
            {
                var attachments = Run(async ct =>
                {
                    var id = await client.ResolveServerIdAsync(ServerId, ct).ConfigureAwait(false);
                    return await client.ListVolumeAttachmentsAsync(id, ct).ConfigureAwait(false);
                });
                WriteObject(attachments, enumerateCollection: true);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, ServerId);
            }
        }
    }
}
