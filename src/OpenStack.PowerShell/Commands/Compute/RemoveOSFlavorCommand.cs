using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSFlavor: deletes flavors by id or name (admin). Servers using them keep running.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSFlavor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSFlavorCommand : BulkCmdlet
    {
        private ComputeClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string Activity => "Deleting flavors";

        protected override void ProcessRecord()
        {
            _client ??= new ComputeClient(ActiveSession);
            var client = _client;
            foreach (var id in Id)
                Enqueue(id, "Delete flavor", id, async ct =>
                {
                    var flavor = await client.FindFlavorAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteFlavorAsync(flavor.Id, ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
