using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Set-OSServer: changes a server's name, description or metadata.</summary>
    [Cmdlet(VerbsCommon.Set, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Server))]
    public sealed class SetOSServerCommand : BulkCmdlet
    {
        private ComputeClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [Alias("NewName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Metadata items to add or change.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>With -Metadata: make it the server's whole metadata, removing other items.</summary>
        [Parameter]
        public SwitchParameter ReplaceMetadata { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Updating servers";

        protected override void ProcessRecord()
        {
            _client ??= new ComputeClient(ActiveSession);
            var client = _client;
            var metadata = Hashtables.ToStrings(Metadata);
            foreach (var id in Id)
                Enqueue(id, "Update server", id, async ct =>
                {
                    var serverId = await client.ResolveServerIdAsync(id, ct).ConfigureAwait(false);
                    if (Name != null || Description != null) await client.UpdateServerAsync(serverId, Name, Description, ct).ConfigureAwait(false);
                    if (Metadata != null) await client.SetMetadataAsync(serverId, metadata, ReplaceMetadata, ct).ConfigureAwait(false);
                    return PassThru ? await client.GetServerAsync(serverId, ct).ConfigureAwait(false) : null;
                });
        }
    }
}
