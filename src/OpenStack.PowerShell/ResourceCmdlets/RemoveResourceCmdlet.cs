using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Base of Remove-OS&lt;resource&gt;: each item from the pipeline is confirmed before any request (-Force skips the
    /// question, -WhatIf only reports), then found by id or name and deleted, several at once up to -ThrottleLimit.
    /// </summary>
    public abstract class RemoveResourceCmdlet<T> : BulkCmdlet where T : class
    {
        private ResourceClient? _client;

        /// <summary>Delete without asking (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The ids or names from the derived cmdlet's own parameter.</summary>
        protected abstract string[] Targets { get; }

        protected virtual string ActionText => "Delete " + Resource.Kind;
        protected override string Activity => "Deleting " + Resource.KindPlural;

        /// <summary>
        /// True: a UUID is deleted as given, with no lookup first (for many servers at once, where a lookup per item would
        /// double the requests); the service's 404 then says it names nothing. False: each is found first, so an id that
        /// names nothing is an error before any DELETE.
        /// </summary>
        protected virtual bool TakesUuidsAsGiven => false;

        /// <summary>Null: no waiting. Otherwise how to wait until the deleted resource is gone.</summary>
        protected virtual WaitOptions? DeletionWait => null;

        protected virtual Task DeleteAsync(ResourceClient client, string id, CancellationToken ct) => client.DeleteAsync(Resource, id, null, ct);

        protected override void ProcessRecord()
        {
            var client = _client ??= new ResourceClient(ActiveSession);
            foreach (var target in Targets)
                Enqueue(target, ActionText, target, async ct =>
                {
                    // A name that is the id (keypairs) needs no lookup: a missing one is the service's own 404.
                    var id = Resource.NameIsId ? target
                        : TakesUuidsAsGiven ? await client.ResolveIdAsync(Resource, target, ct).ConfigureAwait(false)
                        : await client.FindIdAsync(Resource, target, ct).ConfigureAwait(false);
                    await DeleteAsync(client, id, ct).ConfigureAwait(false);
                    var wait = DeletionWait;
                    if (wait != null) await client.WaitAsync(Resource, id, wait, ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }

    /// <summary>A Remove-OS&lt;resource&gt; with -Wait until each is gone; a deletion failure status ends the wait with the service's reason.</summary>
    public abstract class RemoveWaitingResourceCmdlet<T> : RemoveResourceCmdlet<T> where T : class
    {
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override WaitOptions? DeletionWait
        {
            get
            {
                if (!Wait) return null;
                var options = Resource.WaitForDeletion();
                options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
                return options;
            }
        }
    }
}
