using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSFlavor: server sizes, filtered by name (wildcards), minimum disk or memory.</summary>
    [Cmdlet(VerbsCommon.Get, "OSFlavor", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Flavor))]
    public sealed class GetOSFlavorCommand : GetResourceCmdlet<Flavor>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string? Name { get; set; }

        /// <summary>Only flavors with at least this root disk (GB).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(0, int.MaxValue)]
        public int? MinDisk { get; set; }

        /// <summary>Only flavors with at least this memory (MiB).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(0, int.MaxValue)]
        public int? MinRam { get; set; }

        /// <summary>Private flavors too (admin).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter All { get; set; }

        protected override ResourceDescriptor<Flavor> Resource => ComputeResources.Flavors;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override Query Filters(ResourceClient client) => new Query().Add("minDisk", MinDisk).Add("minRam", MinRam).Add("is_public", All ? "None" : null);
    }
}
