using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>Base of Remove-OS&lt;Neutron resource&gt;: each item from the pipeline confirmed, then deleted, several at once.</summary>
    public abstract class NeutronRemoveCmdlet<T> : BulkCmdlet where T : class
    {
        private NetworkClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Delete without asking (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected abstract NeutronResource<T> Resource { get; }
        protected override string Activity => "Deleting " + Resource.Plural.Replace('_', ' ');

        protected override void ProcessRecord()
        {
            var client = _client ??= new NetworkClient(ActiveSession);
            foreach (var id in Id)
                Enqueue(id, "Delete " + Resource.Kind, id, async ct =>
                {
                    var found = await client.FindAsync(Resource, id, ct).ConfigureAwait(false);
                    await client.DeleteAsync(Resource, Resource.IdOf(found), ct).ConfigureAwait(false);
                    return null;
                }, Force);
        }
    }
}
