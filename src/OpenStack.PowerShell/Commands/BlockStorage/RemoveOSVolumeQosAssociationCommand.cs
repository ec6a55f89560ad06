using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Remove-OSVolumeQosAssociation (admin): takes a QoS specification off volume types, or with -All off every one.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeQosAssociation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Types")]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeQosAssociationCommand : VolumeQosAssociationCmdlet
    {
        /// <summary>Take it off every volume type it applies to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "All")]
        public SwitchParameter All { get; set; }

        protected override string What(string qos, string? type) =>
            type == null ? "Take QoS specification off every volume type" : "Take QoS specification " + qos + " off";

        protected override Task ChangeAsync(BlockStorageClient client, string qosId, string? typeId, CancellationToken ct) =>
            typeId == null ? client.DisassociateQosFromAllAsync(qosId, ct) : client.DisassociateQosAsync(qosId, typeId, ct);
    }
}
