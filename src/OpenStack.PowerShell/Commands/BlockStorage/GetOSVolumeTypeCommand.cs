using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeType: the kinds of volume the cloud offers (for an admin, private ones too).</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeType")]
    [OutputType(typeof(VolumeType))]
    public sealed class GetOSVolumeTypeCommand : GetResourceCmdlet<VolumeType>
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string? Name { get; set; }

        protected override ResourceDescriptor<VolumeType> Resource => BlockStorageResources.VolumeTypes;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Name;
        // An admin lists private types too (Cinder lists only public ones unless asked); others get what they may use.
        protected override Query Filters(ResourceClient client) => new Query().Add("is_public", "None");
    }
}
