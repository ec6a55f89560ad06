using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Shared by the server actions (start, stop, reboot, suspend, resume, lock, unlock, resize, rebuild, rescue...): servers
    /// by id or name from the pipeline, -Wait for the resulting status (each status seen is reported as progress, and as
    /// -Verbose when it changes), -PassThru, and the throttled parallel pipeline of <see cref="BulkCmdlet"/>.
    /// </summary>
    public abstract class ServerActionCmdlet : BulkCmdlet
    {
        private ComputeClient? _client;
        private ResourceClient? _resources;

        /// <summary>Server ids (or names); Server objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Wait until the server reaches the status the action leads to.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        /// <summary>Write the server (in its new state with -Wait).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The words ShouldProcess shows, e.g. "Stop server".</summary>
        protected abstract string ActionText { get; }

        /// <summary>The statuses -Wait waits for; none means the action has no status of its own.</summary>
        protected abstract string[] WaitFor { get; }

        /// <summary>-Force of a cmdlet that asks by default (a rebuild): no prompt, though -WhatIf still only reports.</summary>
        protected virtual bool SkipConfirmation => false;

        protected abstract Task InvokeAsync(ComputeClient client, string serverId, CancellationToken ct);

        /// <summary>Waits for <see cref="WaitFor"/>; an action whose end is told another way (a resize) says so here.</summary>
        protected virtual async Task<Server> WaitAsync(ComputeClient client, string serverId, CancellationToken ct) =>
            (await client.WaitForServerAsync(serverId, WaitOptionsFor(serverId, WaitFor), ct).ConfigureAwait(false))!;

        /// <summary>Wait options with -TimeoutSec, reporting each status seen; statuses are <see cref="ComputeClient.SettledStatus"/>.</summary>
        protected WaitOptions WaitOptionsFor(string serverId, params string[] targets)
        {
            var options = ComputeResources.Servers.WaitFor(targets);
            options.Timeout = TimeSpan.FromSeconds(TimeoutSec);
            ReportWaitProgress(options, ActionText + " " + serverId, "Server " + serverId);
            return options;
        }

        protected override string Activity => ActionText.Replace("server", "servers");

        protected override void ProcessRecord()
        {
            var resources = _resources ??= new ResourceClient(ActiveSession);
            var client = _client ??= new ComputeClient(resources.Session);
            var servers = ComputeResources.Servers;
            foreach (var id in Id)
                Enqueue(id, ActionText, id, async ct =>
                {
                    var serverId = await resources.ResolveIdAsync(servers, id, ct).ConfigureAwait(false);
                    await InvokeAsync(client, serverId, ct).ConfigureAwait(false);
                    if (Wait && WaitFor.Length > 0)
                    {
                        var server = await WaitAsync(client, serverId, ct).ConfigureAwait(false);
                        return PassThru ? server : null;
                    }
                    return PassThru ? await resources.GetAsync(servers, serverId, ct).ConfigureAwait(false) : null;
                }, SkipConfirmation);
        }
    }
}
