using System.Management.Automation;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSKeypair: deletes keypairs by name (from the pipeline too).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSKeypair", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSKeypairCommand : BulkCmdlet
    {
        private ComputeClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("KeyName")]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = null!;

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string Activity => "Deleting keypairs";

        protected override void ProcessRecord()
        {
            _client ??= new ComputeClient(ActiveSession);
            var client = _client;
            foreach (var name in Name)
                Enqueue(name, "Delete keypair", name, async ct => { await client.DeleteKeypairAsync(name, ct).ConfigureAwait(false); return null; }, Force);
        }
    }
}
