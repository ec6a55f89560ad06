using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSRegion: the regions of the cloud's catalog (a region is named by its id); wildcards allowed.</summary>
    [Cmdlet(VerbsCommon.Get, "OSRegion")]
    [OutputType(typeof(Region))]
    public sealed class GetOSRegionCommand : GetResourceCmdlet<Region>
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("RegionId", "Name")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(RegionNameCompleter))] public string? Id { get; set; }

        protected override ResourceDescriptor<Region> Resource => IdentityResources.Regions;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Id;
    }
}
