using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSFlavorAccess: the projects a private flavor is shared with (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSFlavorAccess")]
    [OutputType(typeof(FlavorAccess))]
    public sealed class GetOSFlavorAccessCommand : OpenStackCmdlet
    {
        /// <summary>Flavor names or ids; Flavor objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId", "Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string[] Flavor { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var compute = new ComputeClient(ActiveSession);
            foreach (var flavor in Flavor)
                Try(flavor, () =>
                {
                    var id = Run(ct => resources.FindIdAsync(ComputeResources.Flavors, flavor, ct));
                    foreach (var access in Run(ct => compute.GetFlavorAccessAsync(id, ct))) WriteObject(access);
                });
        }
    }
}
