using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeTypeAccess (admin): takes a project's access to a private volume type away.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeTypeAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeTypeAccessCommand : VolumeTypeAccessCmdlet
    {
        protected override string What => "Take project access away from volume type: ";

        protected override Task ChangeAsync(BlockStorageClient client, string typeId, string projectId, CancellationToken ct) =>
            client.RemoveTypeAccessAsync(typeId, projectId, ct);
    }
}
