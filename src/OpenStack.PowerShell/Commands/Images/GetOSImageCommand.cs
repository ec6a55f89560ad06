using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>Get-OSImage: images, streamed page by page, filtered by Glance (visibility, status, tag) and by name here.</summary>
    [Cmdlet(VerbsCommon.Get, "OSImage", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Image))]
    public sealed class GetOSImageCommand : GetResourceCmdlet<Image>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateSet("public", "private", "shared", "community", "all")]
        public string? Visibility { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Tag { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override ResourceDescriptor<Image> Resource => ImageResources.Images;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;
        protected override Query Filters(ResourceClient client) => new ImageListOptions { Visibility = Visibility, Status = Status, Tag = Tag }.ToQuery();
    }
}
