using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeQos (admin): QoS specifications with their consumer and specs, all or by name (wildcards) or id.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeQos")]
    [OutputType(typeof(VolumeQos))]
    public sealed class GetOSVolumeQosCommand : GetResourceCmdlet<VolumeQos>
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeQosNameCompleter))] public string? Name { get; set; }

        protected override ResourceDescriptor<VolumeQos> Resource => BlockStorageResources.QosSpecs;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Name;
    }
}
