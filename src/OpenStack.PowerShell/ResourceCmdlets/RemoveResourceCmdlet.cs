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
    public abstract class RemoveResourceCmdlet<T> : ChangeResourceCmdlet<T> where T : class
    {
        /// <summary>Delete without asking (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected virtual string ActionText => "Delete " + Resource.Kind;
        protected override string Activity => "Deleting " + Resource.KindPlural;

        /// <summary>Null: no waiting. Otherwise how to wait until the deleted resource is gone.</summary>
        protected virtual WaitOptions? DeletionWait => null;

        protected virtual Task DeleteAsync(ResourceClient client, string id, CancellationToken ct) => client.DeleteAsync(Resource, id, null, ct);

        protected override void ProcessRecord()
        {
            var client = Client;
            foreach (var target in Targets)
                Enqueue(target, ActionText, target, async ct =>
                {
                    var id = await IdToChangeAsync(client, target, ct).ConfigureAwait(false);
                    var wait = DeletionWait;
                    // Where the service takes a deletion up later, a resource whose last deletion failed still shows that
                    // failure for a moment after this one starts.
                    if (wait != null && Resource.Status?.DeletionStartsLate == true) await client.NoteFailureBeforeAsync(Resource, id, wait, ct).ConfigureAwait(false);
                    await DeleteAsync(client, id, ct).ConfigureAwait(false);
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
