using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Base of Add-/Remove-OSFlavorAccess: one flavor and its projects, each looked up (projects in Keystone) and changed on its own.</summary>
    public abstract class FlavorAccessCmdlet : BulkCmdlet
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

        /// <summary>"Share flavor x with project": what ShouldProcess and progress say.</summary>
        protected abstract string Action(string flavorRef);

        /// <summary>Changes the access of one project; returns what to write, or null.</summary>
        protected abstract Task<object?> ChangeAsync(ComputeClient compute, string flavorId, string projectId, CancellationToken ct);

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(ActiveSession);
            var flavorRef = Flavor.Value;
            foreach (var projectRef in Project)
                Enqueue(projectRef, Action(flavorRef), projectRef, async ct =>
                {
                    var flavorId = await resources.FindIdAsync(ComputeResources.Flavors, flavorRef, ct).ConfigureAwait(false);
                    var projectId = await resources.FindIdAsync(IdentityResources.Projects, projectRef, ct).ConfigureAwait(false);
                    return await ChangeAsync(compute, flavorId, projectId, ct).ConfigureAwait(false);
                });
        }
    }
}
