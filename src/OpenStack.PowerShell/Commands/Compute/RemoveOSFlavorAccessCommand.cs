using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSFlavorAccess: stops sharing private flavors with projects (admin). Flavor and projects by name or id; project names are looked up in Keystone.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSFlavorAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSFlavorAccessCommand : FlavorAccessCmdlet
    {
        protected override string Activity => "Unsharing flavors";
        protected override string Action(string flavorRef) => "Stop sharing flavor " + flavorRef + " with project";

        protected override async Task<object?> ChangeAsync(ComputeClient compute, string flavorId, string projectId, CancellationToken ct)
        {
            await compute.RemoveFlavorAccessAsync(flavorId, projectId, ct).ConfigureAwait(false);
            return null;
        }
    }
}
