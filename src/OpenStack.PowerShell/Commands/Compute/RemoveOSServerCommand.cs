using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSServer: deletes servers (asks first unless -Force); -Wait until they are gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSServerCommand : BulkCmdlet
    {
        private ComputeClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Delete without asking (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override string Activity => "Deleting servers";

        protected override void ProcessRecord()
        {
            _client ??= new ComputeClient(ActiveSession);
            var client = _client;
            foreach (var id in Id)
                Enqueue(id, "Delete server", id, async ct =>
                {
                    var serverId = await client.ResolveServerIdAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteServerAsync(serverId, ct).ConfigureAwait(false);
                    if (Wait)
                        // Gone means 404; Nova shows DELETED for a while first. SOFT_DELETED is final where soft delete is on.
                        await client.WaitForServerAsync(serverId, new WaitOptions("SOFT_DELETED") { GoneIsSuccess = true, Timeout = TimeSpan.FromSeconds(TimeoutSec) }, ct)
                            .ConfigureAwait(false);
                    return null;
                }, force: Force);
        }
    }
}
