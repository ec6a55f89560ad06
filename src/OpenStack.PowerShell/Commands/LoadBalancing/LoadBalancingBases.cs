using System;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Get-OS&lt;Octavia object&gt;: -Id (from the pipeline too) or -Name with wildcards, and Octavia-side filters.</summary>
    public abstract class LoadBalancingGetCmdlet<T> : GetResourceCmdlet<T> where T : class
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancingNounCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Name (wildcards allowed); an id given here is looked up as one.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(LoadBalancingNounCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;

        protected virtual Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct) => Task.CompletedTask;

        protected override Query Filters(ResourceClient client)
        {
            var filters = new Query();
            Run(ct => AddFiltersAsync(client, filters, ct));
            return filters;
        }
    }

    /// <summary>
    /// The waiting every changing Octavia cmdlet shares: a change is followed until the load balancer is ACTIVE again
    /// (its object then written as it is), unless -NoWait; a load balancer busy with another change is waited for either way.
    /// </summary>
    internal static class LoadBalancerFollow
    {
        public static LoadBalancerWait Make(bool noWait, int timeoutSec, Action<WaitOptions> report)
        {
            var progress = new WaitOptions();
            report(progress);
            return new LoadBalancerWait { Wait = !noWait, Timeout = TimeSpan.FromSeconds(timeoutSec), Progress = progress.Progress };
        }
    }

    /// <summary>New-OS&lt;Octavia object&gt;: names resolved (and the load balancer of the tree found) before asking, then one create, followed.</summary>
    public abstract class LoadBalancingNewCmdlet<T, TOptions> : NewResourceCmdlet<T, TOptions> where T : class where TOptions : LoadBalancingOptions
    {
        /// <summary>Return as soon as Octavia accepted the object, in its PENDING_CREATE status.</summary>
        [Parameter] public SwitchParameter NoWait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        /// <summary>The load balancer whose tree the new object joins: set by <see cref="ResolveAsync"/>.</summary>
        protected string LoadBalancerId { get; set; } = "";

        protected abstract Task ResolveAsync(ResourceClient client, TOptions options, CancellationToken ct);

        protected override void Resolve(ResourceClient client, TOptions options) => Run(ct => ResolveAsync(client, options, ct));

        protected override string Target(TOptions options) => options.Name ?? "new " + Resource.Kind;

        protected LoadBalancerWait Follow(string subject) =>
            LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + LoadBalancerId, subject));

        protected override Task<T> CreateAsync(ResourceClient client, TOptions options, CancellationToken ct) =>
            new LoadBalancingClient(client).CreateAsync(Resource, LoadBalancerId, options, Follow("Load balancer " + LoadBalancerId), ct);
    }

    /// <summary>Set-OS&lt;Octavia object&gt;: the changes checked and resolved once, then a PUT to each object, followed.</summary>
    public abstract class LoadBalancingSetCmdlet<T, TOptions> : SetResourceCmdlet<T> where T : class where TOptions : LoadBalancingOptions
    {
        [Parameter] public SwitchParameter NoWait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected abstract TOptions BuildOptions();
        protected virtual Task ResolveAsync(ResourceClient client, TOptions options, CancellationToken ct) => Task.CompletedTask;

        /// <summary>The load balancer whose tree the object is in.</summary>
        protected abstract Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct);

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var options = BuildOptions();
            options.Check();
            Run(ct => ResolveAsync(client, options, ct));
            return options.ToJson();
        }

        protected override async Task<T?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            var octavia = new LoadBalancingClient(client);
            var lb = await LoadBalancerOfAsync(octavia, id, ct).ConfigureAwait(false);
            return await octavia.UpdateAsync(Resource, lb, id, changes,
                LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb)), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Remove-OS&lt;Octavia object&gt;: each confirmed, deleted, and followed until the load balancer is ACTIVE again.</summary>
    public abstract class LoadBalancingRemoveCmdlet<T> : RemoveResourceCmdlet<T> where T : class
    {
        [Parameter] public SwitchParameter NoWait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected abstract Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct);

        protected virtual bool Cascades => false;

        protected override async Task DeleteAsync(ResourceClient client, string id, CancellationToken ct)
        {
            var octavia = new LoadBalancingClient(client);
            var lb = await LoadBalancerOfAsync(octavia, id, ct).ConfigureAwait(false);
            await octavia.DeleteAsync(Resource, lb, id,
                LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb)), Cascades, ct).ConfigureAwait(false);
        }
    }
}
