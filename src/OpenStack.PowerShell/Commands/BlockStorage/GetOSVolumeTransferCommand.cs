using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeTransfer: the project's pending transfers, by id or name (wildcards). Their keys are never shown again.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeTransfer", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(VolumeTransfer))]
    public sealed class GetOSVolumeTransferCommand : GetResourceCmdlet<VolumeTransfer>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeTransferNameCompleter))] public string? Name { get; set; }

        protected override ResourceDescriptor<VolumeTransfer> Resource => BlockStorageResources.Transfers;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
    }
}
