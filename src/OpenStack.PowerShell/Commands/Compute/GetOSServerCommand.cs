using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSServer: servers with details, streamed page by page; filters go to Nova where it has them,
    /// name wildcards are also matched here. -Id gets given servers (a missing one is a non-terminating error).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSServer", DefaultParameterSetName = ParameterSets.List, SupportsPaging = true)]
    [OutputType(typeof(Server))]
    public sealed class GetOSServerCommand : GetResourceCmdlet<Server>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string? Name { get; set; }

        /// <summary>ACTIVE, SHUTOFF, ERROR, BUILD, ...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Status { get; set; }

        /// <summary>Flavor name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Flavor { get; set; }

        /// <summary>Image name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Image { get; set; }

        /// <summary>Servers of every project (admin).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter AllProjects { get; set; }

        /// <summary>Servers per request; every page is read either way.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;

        protected override Query Filters(ResourceClient client) => new ServerListOptions
        {
            Status = Status,
            AllProjects = AllProjects,
            FlavorId = Flavor == null ? null : Run(ct => client.FindIdAsync(ComputeResources.Flavors, Flavor, ct)),
            ImageId = Image == null ? null : Run(ct => client.FindIdAsync(ImageResources.Images, Image, ct)),
        }.ToQuery();
    }
}
