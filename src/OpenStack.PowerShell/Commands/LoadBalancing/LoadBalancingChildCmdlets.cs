using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>
    /// Set-/Remove-OS&lt;object within a parent&gt; (a pool's members, an L7 policy's rules): the parent is named once (or
    /// comes as the PoolId/PolicyId of objects from the pipeline), each object is found within it, changed, and followed
    /// until the load balancer is ACTIVE again. The derived cmdlet declares the parent's parameter.
    /// </summary>
    public abstract class LoadBalancingChildCmdlet<TParent, T> : BulkCmdlet where TParent : class where T : class
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NounCompleter))] public string[] Id { get; set; } = null!;

        [Parameter] public SwitchParameter NoWait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        /// <summary>The parent as given, by name or id.</summary>
        protected abstract string ParentValue { get; }
        protected abstract ResourceDescriptor<TParent> Parents { get; }
        /// <summary>The children of any parent (a path with {parent}).</summary>
        protected abstract ResourceDescriptor<T> Children { get; }
        /// <summary>Gives an object read what Octavia does not send: the parent it was read from.</summary>
        protected abstract void Adopt(T child, string parentId);

        // Each parent and its load balancer are looked for once per command, not once per object piped in.
        private readonly ConcurrentDictionary<string, Lazy<Task<(string ParentId, string LoadBalancerId)>>> _parents =
            new ConcurrentDictionary<string, Lazy<Task<(string ParentId, string LoadBalancerId)>>>(StringComparer.Ordinal);

        private Task<(string ParentId, string LoadBalancerId)> ParentAsync(LoadBalancingClient octavia, string parent, CancellationToken ct) =>
            _parents.GetOrAdd(parent, p => new Lazy<Task<(string, string)>>(async () =>
            {
                var parentId = await octavia.Resources.FindIdAsync(Parents, p, ct).ConfigureAwait(false);
                return (parentId, await octavia.LoadBalancerOfAsync<TParent>(parentId, ct).ConfigureAwait(false));
            })).Value;

        protected void EnqueueEach(string action, Func<LoadBalancingClient, ResourceDescriptor<T>, string, string, LoadBalancerWait, CancellationToken, Task<T?>> change,
            bool passThru, bool force = false)
        {
            var octavia = new LoadBalancingClient(ActiveSession);
            var parent = ParentValue;
            foreach (var id in Id)
                Enqueue(id, action + " of " + Parents.Kind + " " + parent, id, async ct =>
                {
                    var (parentId, lb) = await ParentAsync(octavia, parent, ct).ConfigureAwait(false);
                    var children = Children.Under(parentId);
                    var childId = await octavia.Resources.FindIdAsync(children, id, ct).ConfigureAwait(false);
                    var wait = LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Waiting for load balancer " + lb, "Load balancer " + lb));
                    var result = await change(octavia, children, lb, childId, wait, ct).ConfigureAwait(false);
                    if (result != null) Adopt(result, parentId);
                    return passThru ? result : null;
                }, force);
        }
    }

    /// <summary>Set-OS&lt;object within a parent&gt;: the changes checked once, then a PUT to each object.</summary>
    public abstract class LoadBalancingChildSetCmdlet<TParent, T, TOptions> : LoadBalancingChildCmdlet<TParent, T>
        where TParent : class where T : class where TOptions : LoadBalancingOptions
    {
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Updating " + Children.KindPlural;

        protected abstract TOptions BuildOptions();

        protected override void ProcessRecord()
        {
            JsonObject body = null!;
            if (!Try(Id.Length == 1 ? Id[0] : Children.KindPlural, () =>
            {
                body = BuildOptions().ToJson();
                if (body.Count == 0) throw new ArgumentException("Nothing to change: give at least one property to set.");
            })) return;
            EnqueueEach("Update " + Children.Kind + " (" + string.Join(", ", body.Select(kv => kv.Key)) + ")",
                (octavia, children, lb, id, wait, ct) => octavia.UpdateAsync(children, lb, id, body, wait, ct)!, PassThru);
        }
    }

    /// <summary>Remove-OS&lt;object within a parent&gt;: each confirmed (unless -Force), then deleted.</summary>
    public abstract class LoadBalancingChildRemoveCmdlet<TParent, T> : LoadBalancingChildCmdlet<TParent, T> where TParent : class where T : class
    {
        [Parameter] public SwitchParameter Force { get; set; }

        protected override string Activity => "Deleting " + Children.KindPlural;

        protected override void ProcessRecord() =>
            EnqueueEach("Delete " + Children.Kind, async (octavia, children, lb, id, wait, ct) =>
            {
                await octavia.DeleteAsync(children, lb, id, wait, false, ct).ConfigureAwait(false);
                return null;
            }, false, Force);
    }
}
