using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSServerGroup: server groups by name (wildcards) or id; every project's with -AllProjects (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSServerGroup", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(ServerGroup))]
    public sealed class GetOSServerGroupCommand : GetResourceCmdlet<ServerGroup>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerGroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerGroupNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ServerGroupNameCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter AllProjects { get; set; }

        protected override ResourceDescriptor<ServerGroup> Resource => ComputeResources.ServerGroups;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override Query Filters(ResourceClient client) => new Query().Add("all_projects", AllProjects ? "True" : null);
    }
}
