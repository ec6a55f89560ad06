using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Set-OSServer: changes a server's name, description or metadata.</summary>
    [Cmdlet(VerbsCommon.Set, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class SetOSServerCommand : MetadataSetCmdlet<Server>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers;
        protected override string[] Targets => Id;
        protected override bool TakesUuidsAsGiven => true;
    }
}
