using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSFlavorAccess: the projects a private flavor is shared with (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSFlavorAccess")]
    [OutputType(typeof(FlavorAccess))]
    public sealed class GetOSFlavorAccessCommand : OpenStackCmdlet
    {
        /// <summary>Flavor names or ids, or flavors from the pipeline; other objects bind by their FlavorId or Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId", "Id")]
        [ReferenceTo(typeof(Client.Compute.Flavor))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public NameOrId[] Flavor { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(ActiveSession);
            foreach (var flavor in Flavor.Select(f => f.Value))
                Try(flavor, () =>
                {
                    var id = Run(ct => resources.FindIdAsync(ComputeResources.Flavors, flavor, ct));
                    foreach (var access in Run(ct => compute.GetFlavorAccessAsync(id, ct))) WriteObject(access);
                });
        }
    }
}
