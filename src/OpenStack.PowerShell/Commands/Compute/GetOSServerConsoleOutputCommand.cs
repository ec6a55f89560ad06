using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSServerConsoleOutput: the server's console log, as lines of text.</summary>
    [Cmdlet(VerbsCommon.Get, "OSServerConsoleOutput")]
    [OutputType(typeof(string))]
    public sealed class GetOSServerConsoleOutputCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = null!;

        /// <summary>Only the last lines.</summary>
        [Parameter]
        [ValidateRange(1, 100000)]
        public int? Lines { get; set; }

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var client = new ComputeClient(resources.Session);
            Try(Id, () =>
            {
                var text = Run(async ct =>
                {
                    var id = await resources.ResolveIdAsync(ComputeResources.Servers, Id, ct).ConfigureAwait(false);
                    return await client.GetConsoleOutputAsync(id, Lines, ct).ConfigureAwait(false);
                });
                WriteObject(text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'), enumerateCollection: true);
            });
        }
    }
}
