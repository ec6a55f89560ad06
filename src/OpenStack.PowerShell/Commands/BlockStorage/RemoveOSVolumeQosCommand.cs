using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>
    /// Remove-OSVolumeQos (admin): deletes QoS specifications (asks first unless -Force). One still applied to a volume type
    /// is Cinder's error unless -Disassociate takes it off its types first.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSVolumeQos", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSVolumeQosCommand : RemoveResourceCmdlet<VolumeQos>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("QosId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeQosNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Take it off the volume types it applies to, then delete it.</summary>
        [Parameter]
        public SwitchParameter Disassociate { get; set; }

        protected override ResourceDescriptor<VolumeQos> Resource => BlockStorageResources.QosSpecs;
        protected override string[] Targets => Id;
        protected override string ActionText => Disassociate ? "Take off its volume types and delete QoS specification" : "Delete QoS specification";

        protected override Task DeleteAsync(ResourceClient client, string id, CancellationToken ct) =>
            new BlockStorageClient(client.Session).DeleteQosAsync(id, Disassociate, ct);
    }
}
