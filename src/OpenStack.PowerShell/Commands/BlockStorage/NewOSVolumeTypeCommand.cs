using System.Collections;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>New-OSVolumeType (admin): a volume type with its extra specs; -Private for one only the projects given access see.</summary>
    [Cmdlet(VerbsCommon.New, "OSVolumeType", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VolumeType))]
    public sealed class NewOSVolumeTypeCommand : NewResourceCmdlet<VolumeType, VolumeTypeCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Extra specs, e.g. @{ volume_backend_name = 'fake' }.</summary>
        [Parameter]
        public Hashtable? ExtraSpecs { get; set; }

        /// <summary>Only projects given access (Add-OSVolumeTypeAccess) see and use it.</summary>
        [Parameter]
        public SwitchParameter Private { get; set; }

        protected override ResourceDescriptor<VolumeType> Resource => BlockStorageResources.VolumeTypes;
        protected override VolumeTypeCreateOptions BuildOptions()
        {
            var o = new VolumeTypeCreateOptions { Name = Name, Description = Description, IsPublic = !Private };
            foreach (var kv in Hashtables.ToStrings(ExtraSpecs)) o.ExtraSpecs[kv.Key] = kv.Value;
            return o;
        }
        protected override string Target(VolumeTypeCreateOptions o) => Name;
        protected override string PreparationTarget => Name;
        protected override string ActionText(VolumeTypeCreateOptions o) => Private ? "Create private volume type" : "Create volume type";
    }
}
