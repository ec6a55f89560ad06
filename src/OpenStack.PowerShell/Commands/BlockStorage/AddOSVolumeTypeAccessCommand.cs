using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Add-OSVolumeTypeAccess (admin): gives a project access to a private volume type.</summary>
    [Cmdlet(VerbsCommon.Add, "OSVolumeTypeAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class AddOSVolumeTypeAccessCommand : VolumeTypeAccessCmdlet
    {
        protected override string What => "Give project access to volume type: ";

        protected override Task ChangeAsync(BlockStorageClient client, string typeId, string projectId, CancellationToken ct) =>
            client.AddTypeAccessAsync(typeId, projectId, ct);
    }
}
