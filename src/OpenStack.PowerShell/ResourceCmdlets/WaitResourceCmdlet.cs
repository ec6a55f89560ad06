using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>
    /// Base of Wait-OS&lt;resource&gt;: waits until resources made or changed earlier reach a status, with the rules of
    /// -Wait (the resource's failure statuses end the wait with the service's reason, -TimeoutSec, progress, Ctrl+C).
    /// Every piped item is waited on at once, up to -ThrottleLimit, polled through the shared request limit of
    /// <see cref="BulkCmdlet"/>. "DELETED" waits until the resource is gone.
    /// </summary>
    public abstract class WaitResourceCmdlet<T> : BulkCmdlet where T : class
    {
        /// <summary>The -Status that waits until the resource no longer exists.</summary>
        public const string Deleted = "DELETED";

        private ResourceClient? _client;

        protected abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The ids or names from the derived cmdlet's own parameter.</summary>
        protected abstract string[] Targets { get; }

        /// <summary>What the resource is in once ready: the status -Wait of its New- cmdlet waits for.</summary>
        protected abstract string[] ReadyStatus { get; }

        /// <summary>The status to compare with -Status; a server's counts only once no task runs on it.</summary>
        protected virtual string? StatusOf(T resource) => Resource.Status!.Read(resource);

        /// <summary>The statuses that end the wait (case-insensitive); DELETED waits until the resource is gone. Default: the resource's ready status.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Status { get; set; }

        /// <summary>How long to wait for each resource.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        /// <summary>Write each resource as it was when its wait ended.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Waiting for " + Resource.KindPlural;

        protected override void ProcessRecord()
        {
            var client = _client ??= new ResourceClient(ActiveSession);
            var statuses = Status ?? ReadyStatus;
            foreach (var target in Targets)
                // Waiting changes nothing: no confirmation, and -WhatIf does not apply.
                Enqueue(target, "Wait", target, ct => WaitOneAsync(client, target, statuses, ct), force: true);
        }

        private async Task<object?> WaitOneAsync(ResourceClient client, string target, string[] statuses, CancellationToken ct)
        {
            var deletion = statuses.Contains(Deleted, StringComparer.OrdinalIgnoreCase);
            T? first = null;
            string id;
            if (deletion)
                // A UUID is taken as given: one already gone is what was waited for.
                id = await client.ResolveIdAsync(Resource, target, ct).ConfigureAwait(false);
            else
            {
                // Found first, so a wrong id or name says so instead of "disappeared"; its answer is the first poll.
                first = await client.FindAsync(Resource, target, ct).ConfigureAwait(false);
                id = Resource.IdOf(first);
            }
            var name = first == null ? null : Resource.NameOf(first);
            var label = string.IsNullOrEmpty(name) || name == id ? id : name + " (" + id + ")";
            var options = Options(statuses, deletion);
            ReportWaitProgress(options, "Waiting for " + Resource.Kind + " " + label, char.ToUpperInvariant(Resource.Kind[0]) + Resource.Kind.Substring(1) + " " + label);
            var rule = Resource.Status!;
            T? done;
            try
            {
                done = await client.PollingAsync(Resource, id, poll => StatusWaiter.WaitAsync(c =>
                {
                    var pending = first;
                    first = null;
                    return pending != null ? Task.FromResult<T?>(pending) : poll(c);
                }, StatusOf, rule.Reason, Resource.Kind + " " + label, options, ct, client.LateReasonOf(Resource, id))).ConfigureAwait(false);
            }
            catch (ResourceFailedException failed) when (failed.Message.EndsWith(" " + failed.Status + ".", StringComparison.Ordinal))
            {
                // The resource gave no reason: the service may keep one elsewhere.
                var reason = await FailureReasonAsync(client, id, ct).ConfigureAwait(false);
                if (reason == null) throw;
                throw StatusWaiter.Failed(Resource.Kind + " " + label, failed.Status, reason);
            }
            return PassThru ? done : null;
        }

        /// <summary>The service's reason for a failure status, where the resource does not carry it (Cinder's user messages); null for none.</summary>
        protected virtual Task<string?> FailureReasonAsync(ResourceClient client, string id, CancellationToken ct) => Task.FromResult<string?>(null);

        private WaitOptions Options(string[] statuses, bool deletion)
        {
            WaitOptions options;
            if (deletion)
            {
                var gone = Resource.WaitForDeletion();
                var others = statuses.Where(s => !string.Equals(s, Deleted, StringComparison.OrdinalIgnoreCase));
                options = new WaitOptions(gone.Targets.Concat(others).ToArray())
                {
                    GoneIsSuccess = true, Failures = gone.Failures, FailureSuffix = gone.FailureSuffix, Interval = gone.Interval,
                };
            }
            else options = Resource.WaitFor(statuses);
            options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
            return options;
        }
    }
}
