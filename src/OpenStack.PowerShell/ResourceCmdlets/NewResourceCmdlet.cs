using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Base of New-OS&lt;resource&gt;: builds the options from the parameters, checks them and resolves the names they
    /// hold before asking, so the confirmation shows what will really be used and a typo creates nothing; then one
    /// create. Anything wrong is an error for this item.
    /// </summary>
    public abstract class NewResourceCmdlet<T, TOptions> : OpenStackCmdlet where T : class where TOptions : ResourceOptions
    {
        protected abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The options from the parameters; may throw ArgumentException.</summary>
        protected abstract TOptions BuildOptions();

        /// <summary>Turns names given as parameters into ids on the options (on the pipeline thread: use Run).</summary>
        protected virtual void Resolve(ResourceClient client, TOptions options) { }

        /// <summary>What ShouldProcess and errors name.</summary>
        protected virtual string Target(TOptions options) => "new " + Resource.Kind;

        /// <summary>What an error names when the options could not even be built.</summary>
        protected virtual string PreparationTarget => Resource.Kind;

        /// <summary>The words ShouldProcess shows.</summary>
        protected virtual string ActionText(TOptions options) => "Create " + Resource.Kind;

        protected virtual Task<T> CreateAsync(ResourceClient client, TOptions options, CancellationToken ct) => client.CreateAsync(Resource, options, ct);

        /// <summary>What is written once created: the resource, or (<see cref="NewWaitingResourceCmdlet{T, TOptions}"/>) what a wait returns.</summary>
        protected virtual Task<T> CompleteAsync(ResourceClient client, T created, CancellationToken ct) => Task.FromResult(created);

        /// <summary>Runs in ProcessRecord, or for cmdlets that take nothing from the pipeline, once in EndProcessing.</summary>
        protected void CreateOne()
        {
            var client = new ResourceClient(ActiveSession);
            TOptions? options = null;
            try
            {
                options = BuildOptions();
                options.Check(); // bad input fails before any lookup
                Resolve(client, options);
                options.ToJson();
            }
            catch (Exception ex) when (IsItemError(ex))
            {
                WriteOpenStackError(ex, options != null ? Target(options) : PreparationTarget);
                return;
            }
            var target = Target(options);
            if (!ShouldProcess(target, ActionText(options))) return;
            Create(client, options, target);
        }

        /// <summary>The side effect, once confirmed: create, complete (wait), write.</summary>
        protected virtual void Create(ResourceClient client, TOptions options, string target) =>
            Try(target, () => WriteObject(Run(async ct =>
            {
                var created = await CreateAsync(client, options, ct).ConfigureAwait(false);
                return await CompleteAsync(client, created, ct).ConfigureAwait(false);
            })));

        protected override void ProcessRecord() => CreateOne();
    }

    /// <summary>A New-OS&lt;resource&gt; with -Wait: the new resource is written once it reaches <see cref="WaitTargets"/>, with progress.</summary>
    public abstract class NewWaitingResourceCmdlet<T, TOptions> : NewResourceCmdlet<T, TOptions> where T : class where TOptions : ResourceOptions
    {
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        /// <summary>The statuses -Wait waits for.</summary>
        protected abstract string[] WaitTargets { get; }

        protected virtual bool Waits => Wait;

        protected override async Task<T> CompleteAsync(ResourceClient client, T created, CancellationToken ct)
        {
            if (!Waits) return created;
            var activity = "Creating " + Resource.Kind + " " + (Resource.NameOf(created) ?? Resource.IdOf(created));
            var options = Resource.WaitFor(WaitTargets);
            options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
            options.Progress = (status, elapsed) => Post(() => WriteProgress(new ProgressRecord(ProgressId, activity, status + " after " + (int)elapsed.TotalSeconds + " s")));
            var ready = await client.WaitAsync(Resource, Resource.IdOf(created), options, ct).ConfigureAwait(false);
            Post(() => WriteProgress(new ProgressRecord(ProgressId, activity, "done") { RecordType = ProgressRecordType.Completed }));
            return ready ?? created;
        }

        /// <summary>The progress bar's id, one per kind of resource.</summary>
        protected virtual int ProgressId => 0x05F1;
    }
}
