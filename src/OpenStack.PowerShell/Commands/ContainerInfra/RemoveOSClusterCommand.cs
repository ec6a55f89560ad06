using System;
using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Waiting;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Remove-OSCluster: deletes clusters (asks first unless -Force); -Wait until gone, DELETE_FAILED an error with the reason.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSClusterCommand : BulkCmdlet
    {
        private ContainerInfraClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter] public SwitchParameter Force { get; set; }
        [Parameter] public SwitchParameter Wait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 3600;

        protected override string Activity => "Deleting clusters";

        protected override void ProcessRecord()
        {
            var client = _client ??= new ContainerInfraClient(ActiveSession);
            foreach (var id in Id)
                Enqueue(id, "Delete cluster", id, async ct =>
                {
                    var cluster = await client.FindClusterAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteClusterAsync(cluster.Uuid, ct).ConfigureAwait(false);
                    if (Wait)
                        await client.WaitForClusterAsync(cluster.Uuid, new WaitOptions
                        {
                            // A cluster that failed to build is deleted all the same: only DELETE_FAILED ends this wait.
                            GoneIsSuccess = true, Failures = new[] { "DELETE_FAILED" }, FailureSuffix = null,
                            Timeout = TimeSpan.FromSeconds(TimeoutSec), Interval = TimeSpan.FromSeconds(3),
                        }, ct)
                            .ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
