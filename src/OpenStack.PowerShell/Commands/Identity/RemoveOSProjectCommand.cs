using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Remove-OSProject: deletes projects (admin). What they own in other services is not deleted with them.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSProjectCommand : RemoveResourceCmdlet<Project>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Project> Resource => IdentityResources.Projects;
        protected override string[] Targets => Id;
    }
}
