using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeQosAssociation (admin): the volume types a QoS specification applies to.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeQosAssociation")]
    [OutputType(typeof(VolumeQosAssociation))]
    public sealed class GetOSVolumeQosAssociationCommand : OpenStackCmdlet
    {
        /// <summary>The QoS specification: name, id, or one from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("QosId")]
        [ReferenceTo(typeof(VolumeQos))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeQosNameCompleter))] public NameOrId Qos { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            Try(Qos.Value, () =>
            {
                var qosId = Run(ct => client.FindIdAsync(BlockStorageResources.QosSpecs, Qos.Value, ct));
                foreach (var association in RunEach(ct => client.ListAsync(BlockStorageResources.QosAssociations.Under(qosId), null, null, ct)))
                {
                    association.QosId = qosId;
                    WriteObject(association);
                }
            });
        }
    }
}
