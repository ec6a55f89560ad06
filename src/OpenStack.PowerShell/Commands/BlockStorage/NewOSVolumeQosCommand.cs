using System.Collections;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolumeQos (admin): a QoS specification with its specs, for the front end, the back end or both.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolumeQos", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VolumeQos))]
    public sealed class NewOSVolumeQosCommand : NewResourceCmdlet<VolumeQos, VolumeQosCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Who applies the limits: front-end (the hypervisor), back-end (the storage; Cinder's default) or both.</summary>
        [Parameter]
        [ValidateSet("front-end", "back-end", "both")]
        public string? Consumer { get; set; }

        /// <summary>The specs, e.g. @{ read_iops_sec = 2000; write_iops_sec = 1000 }.</summary>
        [Parameter(Position = 1)]
        public Hashtable? Spec { get; set; }

        protected override ResourceDescriptor<VolumeQos> Resource => BlockStorageResources.QosSpecs;
        protected override VolumeQosCreateOptions BuildOptions()
        {
            var o = new VolumeQosCreateOptions { Name = Name, Consumer = Consumer };
            foreach (var kv in Hashtables.ToStrings(Spec)) o.Specs[kv.Key] = kv.Value;
            return o;
        }
        protected override string Target(VolumeQosCreateOptions o) => Name;
        protected override string PreparationTarget => Name;
        protected override string ActionText(VolumeQosCreateOptions o) => "Create QoS specification";
    }
}
