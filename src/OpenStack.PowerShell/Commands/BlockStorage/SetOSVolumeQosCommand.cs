using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Set-OSVolumeQos (admin): specs of QoS specifications added, changed or removed, and their consumer (Cinder keeps the name).</summary>
    [Cmdlet(VerbsCommon.Set, "OSVolumeQos", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VolumeQos))]
    public sealed class SetOSVolumeQosCommand : SetResourceCmdlet<VolumeQos>
    {
        private Dictionary<string, string>? _specs;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("QosId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeQosNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Specs to add or change.</summary>
        [Parameter(Position = 1)]
        public Hashtable? Spec { get; set; }

        /// <summary>Who applies the limits: front-end, back-end or both.</summary>
        [Parameter]
        [ValidateSet("front-end", "back-end", "both")]
        public string? Consumer { get; set; }

        /// <summary>Keys of specs to remove.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveSpec { get; set; }

        protected override ResourceDescriptor<VolumeQos> Resource => BlockStorageResources.QosSpecs;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => (Spec != null && Spec.Count > 0) || RemoveSpec != null || Consumer != null;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            _specs = Hashtables.ToStrings(Spec);
            VolumeQosCreateOptions.CheckSpecKeys(_specs.Keys);
            VolumeQosCreateOptions.CheckSpecKeys(RemoveSpec ?? Array.Empty<string>());
            foreach (var key in RemoveSpec ?? Array.Empty<string>())
                if (_specs.ContainsKey(key)) throw new ArgumentException("The spec '" + key + "' is both set and removed.");
            return new JsonObject();
        }

        protected override string Describe(JsonObject changes)
        {
            var parts = new List<string>();
            if (_specs!.Count > 0) parts.Add("set " + string.Join(", ", _specs.Keys));
            if (Consumer != null) parts.Add("consumer " + Consumer);
            if (RemoveSpec != null) parts.Add("remove " + string.Join(", ", RemoveSpec));
            return string.Join("; ", parts);
        }

        protected override async Task<VolumeQos?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            var blockStorage = new BlockStorageClient(client.Session);
            if (_specs!.Count > 0 || Consumer != null) await blockStorage.SetQosSpecsAsync(id, _specs, Consumer, ct).ConfigureAwait(false);
            if (RemoveSpec != null) await blockStorage.RemoveQosSpecsAsync(id, RemoveSpec, ct).ConfigureAwait(false);
            return null;
        }
    }
}
