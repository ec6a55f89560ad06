using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Add-OSFlavorAccess: shares private flavors with projects (admin). Flavor and projects by name or id; project names are looked up in Keystone.</summary>
    [Cmdlet(VerbsCommon.Add, "OSFlavorAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FlavorAccess))]
    public sealed class AddOSFlavorAccessCommand : FlavorAccessCmdlet
    {
        /// <summary>Writes the new access entry of each project.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Sharing flavors";
        protected override string Action(string flavorRef) => "Share flavor " + flavorRef + " with project";

        protected override async Task<object?> ChangeAsync(ComputeClient compute, string flavorId, string projectId, CancellationToken ct)
        {
            var access = await compute.AddFlavorAccessAsync(flavorId, projectId, ct).ConfigureAwait(false);
            return PassThru ? access.FirstOrDefault(a => a.ProjectId == projectId) ?? new FlavorAccess { FlavorId = flavorId, ProjectId = projectId } : null;
        }
    }
}
