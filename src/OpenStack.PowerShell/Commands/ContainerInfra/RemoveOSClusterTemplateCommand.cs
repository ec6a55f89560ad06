using System.Management.Automation;
using OpenStack.Client.ContainerInfra;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Remove-OSClusterTemplate: deletes templates (asks first unless -Force). Magnum refuses while a cluster uses one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSClusterTemplate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSClusterTemplateCommand : BulkCmdlet
    {
        private ContainerInfraClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter] public SwitchParameter Force { get; set; }

        protected override string Activity => "Deleting cluster templates";

        protected override void ProcessRecord()
        {
            var client = _client ??= new ContainerInfraClient(ActiveSession);
            foreach (var id in Id)
                Enqueue(id, "Delete cluster template", id, async ct =>
                {
                    var template = await client.FindTemplateAsync(id, ct).ConfigureAwait(false);
                    await client.DeleteTemplateAsync(template.Uuid, ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
