using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Get-OS&lt;resource&gt; of a kind found by id or name alone (Neutron's, Octavia's): -Id (from the pipeline too) or
    /// -Name with wildcards, and the derived cmdlet's service-side filters. The noun of the command says what Tab completes.
    /// </summary>
    public abstract class NamedGetCmdlet<T> : GetResourceCmdlet<T> where T : class
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NounCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Name (wildcards allowed); an id given here is looked up as one.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(NounCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;

        /// <summary>Adds the derived cmdlet's server-side filters (resolving names to ids as needed).</summary>
        protected virtual Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct) => Task.CompletedTask;

        /// <summary>Filters by <paramref name="field"/> on the id of the <paramref name="parent"/> named, when one is.</summary>
        protected static async Task FilterByAsync<TParent>(ResourceClient client, Query filters, string field, ResourceDescriptor<TParent> kind,
            NameOrId? parent, CancellationToken ct) where TParent : class
        {
            if (parent != null) filters.Add(field, await client.FindIdAsync(kind, parent.Value, ct).ConfigureAwait(false));
        }

        protected override Query Filters(ResourceClient client)
        {
            var filters = new Query();
            Run(ct => AddFiltersAsync(client, filters, ct));
            return filters;
        }
    }

    /// <summary>Remove-OS&lt;resource&gt; of a kind found by id or name alone: ids or names from the pipeline, each confirmed, then deleted.</summary>
    public abstract class NamedRemoveCmdlet<T> : RemoveResourceCmdlet<T> where T : class
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NounCompleter))] public string[] Id { get; set; } = null!;

        protected override string[] Targets => Id;
    }

    /// <summary>Set-OS&lt;resource&gt; of a kind found by id or name alone: the options of the derived cmdlet, checked and resolved once, sent to each.</summary>
    public abstract class NamedSetCmdlet<T, TOptions> : SetResourceCmdlet<T> where T : class where TOptions : ResourceOptions
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NounCompleter))] public string[] Id { get; set; } = null!;

        protected override string[] Targets => Id;

        protected abstract TOptions BuildOptions();
        protected virtual Task ResolveAsync(ResourceClient client, TOptions options, CancellationToken ct) => Task.CompletedTask;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var options = BuildOptions();
            options.Check(); // bad input fails before any lookup
            Run(ct => ResolveAsync(client, options, ct));
            return options.ToJson();
        }
    }
}
