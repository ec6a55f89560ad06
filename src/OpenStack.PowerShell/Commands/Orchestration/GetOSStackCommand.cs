using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Orchestration;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>Get-OSStack: Heat stacks by name (wildcards) or id, filtered by status or tag; nested stacks and other projects' on request.</summary>
    [Cmdlet(VerbsCommon.Get, "OSStack", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Stack))]
    public sealed class GetOSStackCommand : GetResourceCmdlet<Stack>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StackId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(StackNameCompleter))]
        public string? Name { get; set; }

        /// <summary>Only stacks in this status: CREATE_COMPLETE, UPDATE_FAILED...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string? Status { get; set; }

        /// <summary>Only stacks carrying all these tags.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public string[]? Tag { get; set; }

        /// <summary>The stacks nested in others too (a template resource's, a resource group's).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public SwitchParameter Nested { get; set; }

        /// <summary>The stacks of every project (admin).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public SwitchParameter AllProjects { get; set; }

        protected override ResourceDescriptor<Stack> Resource => OrchestrationResources.Stacks;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;

        /// <summary>What is listed is a summary: each stack is read in full, except other projects' (Heat reads a stack by id in its own project only).</summary>
        protected override bool Decorates => !AllProjects.IsPresent;

        protected override async Task<Stack> DecorateAsync(ResourceClient client, Stack item, CancellationToken ct) =>
            item.Outputs != null ? item : await client.GetAsync(Resource, item.Id, ct).ConfigureAwait(false) ?? item;

        protected override Query Filters(ResourceClient client) => new Query()
            .Add("status", Status?.Contains("_") == true ? Status.Substring(Status.IndexOf('_') + 1) : Status)
            .Add("action", Status?.Contains("_") == true ? Status.Substring(0, Status.IndexOf('_')) : null)
            .Add("tags", Tag == null || Tag.Length == 0 ? null : string.Join(",", Tag))
            .Add("show_nested", Nested.IsPresent ? true : (bool?)null)
            .Add("global_tenant", AllProjects.IsPresent ? true : (bool?)null);
    }
}
