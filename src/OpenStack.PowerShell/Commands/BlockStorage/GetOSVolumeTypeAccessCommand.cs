using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeTypeAccess (admin): the projects that may use a private volume type.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeTypeAccess")]
    [OutputType(typeof(VolumeTypeAccess))]
    public sealed class GetOSVolumeTypeAccessCommand : OpenStackCmdlet
    {
        /// <summary>The volume type: name, id, or a type from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeTypeId")]
        [ReferenceTo(typeof(VolumeType))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public NameOrId VolumeType { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            Try(VolumeType.Value, () =>
            {
                var typeId = Run(ct => client.FindIdAsync(BlockStorageResources.VolumeTypes, VolumeType.Value, ct));
                foreach (var access in RunEach(ct => client.ListAsync(BlockStorageResources.TypeAccess.Under(typeId), null, null, ct))) WriteObject(access);
            });
        }
    }
}
