using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Add-OSFlavorAccess: shares private flavors with projects (admin). Flavor and projects by name or id; project names are looked up in Keystone.</summary>
    [Cmdlet(VerbsCommon.Add, "OSFlavorAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FlavorAccess))]
    public sealed class AddOSFlavorAccessCommand : BulkCmdlet
    {
        /// <summary>The flavor's name or id, or a flavor from the pipeline; FlavorAccess objects bind by their FlavorId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId")]
        [ReferenceTo(typeof(Client.Compute.Flavor))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public NameOrId Flavor { get; set; } = null!;

        /// <summary>Project names or ids; FlavorAccess objects bind by their ProjectId.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string[] Project { get; set; } = null!;

        /// <summary>Writes the new access entry of each project.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Sharing flavors";

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(ActiveSession);
            var flavorRef = Flavor.Value;
            foreach (var projectRef in Project)
                Enqueue(projectRef, "Share flavor " + flavorRef + " with project", projectRef, async ct =>
                {
                    var flavorId = await resources.FindIdAsync(ComputeResources.Flavors, flavorRef, ct).ConfigureAwait(false);
                    var projectId = await resources.FindIdAsync(IdentityResources.Projects, projectRef, ct).ConfigureAwait(false);
                    var access = await compute.AddFlavorAccessAsync(flavorId, projectId, ct).ConfigureAwait(false);
                    return PassThru ? access.FirstOrDefault(a => a.ProjectId == projectId) ?? new FlavorAccess { FlavorId = flavorId, ProjectId = projectId } : null;
                });
        }
    }
}
