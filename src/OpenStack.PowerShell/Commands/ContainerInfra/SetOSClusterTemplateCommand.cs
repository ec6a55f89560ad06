using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Set-OSClusterTemplate: changes templates with a JSON patch of just the properties given.</summary>
    [Cmdlet(VerbsCommon.Set, "OSClusterTemplate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ClusterTemplate))]
    public sealed class SetOSClusterTemplateCommand : BulkCmdlet
    {
        private Dictionary<string, JsonNode?>? _changes;
        private Dictionary<string, string?>? _labels;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter] [ValidateNotNullOrEmpty] public string? NewName { get; set; }
        [Parameter] public bool? Public { get; set; }
        [Parameter] public bool? Hidden { get; set; }
        [Parameter] public string? DnsNameserver { get; set; }
        [Parameter] [ValidateRange(1, 10000)] public int? DockerVolumeSize { get; set; }
        [Parameter] public bool? MasterLbEnabled { get; set; }
        [Parameter] public bool? FloatingIpEnabled { get; set; }
        [Parameter] public bool? TlsDisabled { get; set; }
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(KeypairNameCompleter))] public string? Keypair { get; set; }
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(FlavorNameCompleter))] public string? Flavor { get; set; }
        /// <summary>Labels to set (others stay as they are).</summary>
        [Parameter] public Hashtable? Label { get; set; }
        /// <summary>Label keys to remove.</summary>
        [Parameter] public string[]? RemoveLabel { get; set; }
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Updating cluster templates";

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var client = new ContainerInfraClient(session);
            if (_changes == null)
            {
                var changes = new Dictionary<string, JsonNode?>();
                void Put(string key, JsonNode? value) { if (value != null) changes[key] = value; }
                Put("name", NewName);
                Put("public", Public);
                Put("hidden", Hidden);
                Put("dns_nameserver", DnsNameserver);
                Put("docker_volume_size", DockerVolumeSize);
                Put("master_lb_enabled", MasterLbEnabled);
                Put("floating_ip_enabled", FloatingIpEnabled);
                Put("tls_disabled", TlsDisabled);
                try
                {
                    if (Keypair != null) changes["keypair_id"] = Run(ct => References.KeypairAsync(session, Keypair, ct));
                    if (Flavor != null) changes["flavor_id"] = Run(ct => References.FlavorIdAsync(session, Flavor, ct));
                    if (changes.Count == 0 && Label == null && RemoveLabel == null) throw new ArgumentException("Nothing to change: give at least one property to set.");
                }
                catch (Exception ex) when (ex is OpenStackException || ex is ArgumentException || ex is OperationCanceledException)
                {
                    ThrowOpenStackError(ex, Id.Length == 1 ? Id[0] : "cluster templates");
                }
                _labels = new Dictionary<string, string?>();
                foreach (var kv in Hashtables.ToStrings(Label)) _labels[kv.Key] = kv.Value;
                foreach (var key in RemoveLabel ?? Array.Empty<string>()) _labels[key] = null;
                _changes = changes;
            }
            var patch = _changes!;
            var labels = _labels!;
            foreach (var id in Id)
                Enqueue(id, "Update cluster template (" + string.Join(", ", patch.Keys.Concat(labels.Keys.Select(k => "label " + k))) + ")", id, async ct =>
                {
                    var template = await client.FindTemplateAsync(id, ct).ConfigureAwait(false);
                    var updated = await client.UpdateTemplateAsync(template.Uuid, patch, labels, ct).ConfigureAwait(false);
                    return PassThru ? updated : null;
                });
        }
    }
}
