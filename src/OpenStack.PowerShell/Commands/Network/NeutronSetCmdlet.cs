using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Network;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>
    /// Base of Set-OS&lt;Neutron resource&gt;: the changes are built and checked once, then each resource from the
    /// pipeline is confirmed and updated (several at once, up to -ThrottleLimit). Only what is given changes.
    /// </summary>
    public abstract class NeutronSetCmdlet<T, TOptions> : BulkCmdlet where T : class where TOptions : NeutronOptions
    {
        private NetworkClient? _client;
        private JsonObject? _changes;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected abstract NeutronResource<T> Resource { get; }
        protected abstract TOptions BuildOptions();
        protected virtual Task ResolveAsync(NetworkClient client, TOptions options, CancellationToken ct) => Task.CompletedTask;
        protected override string Activity => "Updating " + Resource.Plural.Replace('_', ' ');

        protected override void ProcessRecord()
        {
            var client = _client ??= new NetworkClient(ActiveSession);
            if (_changes == null)
            {
                try
                {
                    var options = BuildOptions();
                options.Check(); // bad input fails before any lookup
                    Run(ct => ResolveAsync(client, options, ct));
                    _changes = options.ToJson();
                    if (_changes.Count == 0) throw new ArgumentException("Nothing to change: give at least one property to set.");
                }
                catch (Exception ex) when (ex is OpenStackException || ex is ArgumentException || ex is OperationCanceledException)
                {
                    ThrowOpenStackError(ex, Id.Length == 1 ? Id[0] : Resource.Kind);
                }
            }
            var changes = _changes!;
            foreach (var id in Id)
                Enqueue(id, "Update " + Resource.Kind + " (" + string.Join(", ", changes.Select(kv => kv.Key)) + ")", id, async ct =>
                {
                    var found = await client.FindAsync(Resource, id, ct).ConfigureAwait(false);
                    var updated = await client.UpdateAsync(Resource, Resource.IdOf(found), (JsonObject)changes.DeepClone(), ct).ConfigureAwait(false);
                    return PassThru ? updated : null;
                });
        }
    }
}
