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

        /// <summary>The listeners or pools of one load balancer: where -LoadBalancer has names looked for.</summary>
        public static ResourceDescriptor<T> Within<T>(ResourceDescriptor<T> kind, string loadBalancerId) where T : class =>
            LoadBalancingResources.Within(kind, "loadbalancer_id", loadBalancerId);

        /// <summary>The id of the load balancer given by name or id.</summary>
        public static Task<string> IdOf(OpenStack.Client.Core.OpenStackSession session, string loadBalancer, CancellationToken ct) =>
            new ResourceClient(session).FindIdAsync(LoadBalancingResources.LoadBalancers, loadBalancer, ct);
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
    public abstract class LoadBalancingSetCmdlet<T, TOptions> : NamedSetCmdlet<T, TOptions> where T : class where TOptions : LoadBalancingOptions
    {
        [Parameter] public SwitchParameter NoWait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected override async Task<T?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            var octavia = new LoadBalancingClient(client);
            var lb = await octavia.LoadBalancerOfAsync<T>(id, ct).ConfigureAwait(false);
            return await octavia.UpdateAsync(Resource, lb, id, changes,
                LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb)), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Set-OS&lt;listener or pool&gt;: names may be looked for on one load balancer only (-LoadBalancer).</summary>
    public abstract class LoadBalancerChildSetCmdlet<T, TOptions> : LoadBalancingSetCmdlet<T, TOptions> where T : class where TOptions : LoadBalancingOptions
    {
        private ResourceDescriptor<T>? _scoped;

        /// <summary>Look for the names on this load balancer only.</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public string? LoadBalancer { get; set; }

        /// <summary>The kind, before any -LoadBalancer scope.</summary>
        protected abstract ResourceDescriptor<T> Kind { get; }
        protected sealed override ResourceDescriptor<T> Resource => _scoped ?? Kind;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (LoadBalancer == null) return;
            // Read here: the session belongs to the pipeline thread's runspace, not to the thread the lookup runs on.
            var session = ActiveSession;
            Must(LoadBalancer, () => _scoped = LoadBalancerFollow.Within(Kind, Run(ct => LoadBalancerFollow.IdOf(session, LoadBalancer, ct))));
        }
    }

    /// <summary>Remove-OS&lt;Octavia object&gt;: each confirmed, deleted, and followed until the load balancer is ACTIVE again.</summary>
    public abstract class LoadBalancingRemoveCmdlet<T> : NamedRemoveCmdlet<T> where T : class
    {
        [Parameter] public SwitchParameter NoWait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected virtual bool Cascades => false;

        protected override async Task DeleteAsync(ResourceClient client, string id, CancellationToken ct)
        {
            var octavia = new LoadBalancingClient(client);
            var lb = await octavia.LoadBalancerOfAsync<T>(id, ct).ConfigureAwait(false);
            await octavia.DeleteAsync(Resource, lb, id,
                LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb)), Cascades, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Remove-OS&lt;listener or pool&gt;: names may be looked for on one load balancer only (-LoadBalancer).</summary>
    public abstract class LoadBalancerChildRemoveCmdlet<T> : LoadBalancingRemoveCmdlet<T> where T : class
    {
        private ResourceDescriptor<T>? _scoped;

        /// <summary>Look for the names on this load balancer only.</summary>
        [Parameter] [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public string? LoadBalancer { get; set; }

        /// <summary>The kind, before any -LoadBalancer scope.</summary>
        protected abstract ResourceDescriptor<T> Kind { get; }
        protected sealed override ResourceDescriptor<T> Resource => _scoped ?? Kind;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (LoadBalancer == null) return;
            // Read here: the session belongs to the pipeline thread's runspace, not to the thread the lookup runs on.
            var session = ActiveSession;
            Must(LoadBalancer, () => _scoped = LoadBalancerFollow.Within(Kind, Run(ct => LoadBalancerFollow.IdOf(session, LoadBalancer, ct))));
        }
    }
}
