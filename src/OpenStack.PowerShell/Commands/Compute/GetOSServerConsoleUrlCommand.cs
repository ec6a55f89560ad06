using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSServerConsoleUrl: where to open a server's console (remote-consoles, compute 2.6+): its type, protocol and URL.</summary>
    [Cmdlet(VerbsCommon.Get, "OSServerConsoleUrl")]
    [OutputType(typeof(ConsoleUrl))]
    public sealed class GetOSServerConsoleUrlCommand : OpenStackCmdlet
    {
        /// <summary>The servers: names, ids, or servers from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId", "Id")]
        [ReferenceTo(typeof(Client.Compute.Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[] Server { get; set; } = null!;

        /// <summary>The console: novnc (the default), xvpvnc, spice-html5, rdp-html5, serial or webmks; the cloud offers some of them.</summary>
        [Parameter(Position = 1)]
        [ValidateSet("novnc", "xvpvnc", "spice-html5", "rdp-html5", "serial", "webmks")]
        public string Type { get; set; } = "novnc";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var client = new ComputeClient(resources.Session);
            foreach (var server in Server)
                Try(server.Value, () => WriteObject(Run(async ct =>
                {
                    var id = await resources.ResolveIdAsync(ComputeResources.Servers, server.Value, ct).ConfigureAwait(false);
                    return await client.GetConsoleUrlAsync(id, Type, ct).ConfigureAwait(false);
                })));
        }
    }
}
