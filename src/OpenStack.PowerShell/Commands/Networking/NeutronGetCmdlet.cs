using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OS&lt;Neutron resource&gt;: -Id (from the pipeline too) or -Name with wildcards, and Neutron-side filters.</summary>
    public abstract class NeutronGetCmdlet<T> : GetResourceCmdlet<T> where T : class
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Name (wildcards allowed); an id given here is looked up as one.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;

        /// <summary>Adds the derived cmdlet's server-side filters (resolving names to ids as needed).</summary>
        protected virtual Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct) => Task.CompletedTask;

        protected override Query Filters(ResourceClient client)
        {
            var filters = new Query();
            Run(ct => AddFiltersAsync(client, filters, ct));
            return filters;
        }
    }
}
