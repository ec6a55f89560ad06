using System;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Image
{
    /// <summary>Get-OSImage: images, streamed page by page, filtered by Glance (visibility, status, tag) and by name here.</summary>
    [Cmdlet(VerbsCommon.Get, "OSImage", DefaultParameterSetName = "List")]
    [OutputType(typeof(Client.Image.Image))]
    public sealed class GetOSImageCommand : OpenStackCmdlet
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = "List")]
        [ValidateSet("public", "private", "shared", "community", "all")]
        public string? Visibility { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Tag { get; set; }

        [Parameter(ParameterSetName = "List")]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ImageClient(ActiveSession);
            if (ParameterSetName == "Id") WriteFound(Id, client.FindImageAsync);
            else WriteListed(Name, (exact, ct) => client.ListImagesAsync(new ImageListOptions { Name = exact, Visibility = Visibility, Status = Status, Tag = Tag, PageSize = PageSize }, ct),
                i => i.Name, "images");
        }
    }
}
