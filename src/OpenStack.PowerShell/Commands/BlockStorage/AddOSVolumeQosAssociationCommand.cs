using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Add-OSVolumeQosAssociation (admin): applies a QoS specification to volume types (a type has one at most).</summary>
    [Cmdlet(VerbsCommon.Add, "OSVolumeQosAssociation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class AddOSVolumeQosAssociationCommand : VolumeQosAssociationCmdlet
    {
        protected override string What(string qos, string? type) => "Apply QoS specification " + qos;

        protected override Task ChangeAsync(BlockStorageClient client, string qosId, string? typeId, CancellationToken ct) =>
            client.AssociateQosAsync(qosId, typeId!, ct);
    }
}
