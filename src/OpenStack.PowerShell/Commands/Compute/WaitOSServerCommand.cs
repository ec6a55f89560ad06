using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Wait-OSServer: waits until servers booted or changed earlier (New-OSServer, Stop-OSServer... without -Wait) settle
    /// in a status, ACTIVE by default; ERROR ends the wait with Nova's fault. A status counts once no task runs on the server.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "OSServer")]
    [OutputType(typeof(Server))]
    public sealed class WaitOSServerCommand : WaitResourceCmdlet<Server>
    {
        /// <summary>Server ids (or names); Server objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers;
        protected override string[] Targets => Id;
        protected override string[] ReadyStatus => new[] { "ACTIVE" };

        // ACTIVE while powering off is not yet SHUTOFF, nor still ACTIVE: the status counts once the task has ended.
        protected override string? StatusOf(Server resource) => ComputeClient.SettledStatus(resource);
    }
}
