using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Set-OSClusterTemplate: changes templates with a JSON patch of just the properties given.</summary>
    [Cmdlet(VerbsCommon.Set, "OSClusterTemplate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ClusterTemplate))]
    public sealed class SetOSClusterTemplateCommand : SetResourceCmdlet<ClusterTemplate>
    {
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
        protected override ResourceDescriptor<ClusterTemplate> Resource => ContainerInfraResources.ClusterTemplates;
        protected override string[] Targets => Id;
        protected override bool HasOtherChanges => Label != null || RemoveLabel != null;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var changes = new JsonObject();
            void Put(string key, JsonNode? value) { if (value != null) changes[key] = value; }
            Put("name", NewName);
            Put("public", Public);
            Put("hidden", Hidden);
            Put("dns_nameserver", DnsNameserver);
            Put("docker_volume_size", DockerVolumeSize);
            Put("master_lb_enabled", MasterLbEnabled);
            Put("floating_ip_enabled", FloatingIpEnabled);
            Put("tls_disabled", TlsDisabled);
            if (Keypair != null) changes["keypair_id"] = Run(ct => client.FindIdAsync(ComputeResources.Keypairs, Keypair, ct));
            if (Flavor != null) changes["flavor_id"] = Run(ct => client.FindIdAsync(ComputeResources.Flavors, Flavor, ct));
            _labels = new Dictionary<string, string?>();
            foreach (var kv in Hashtables.ToStrings(Label)) _labels[kv.Key] = kv.Value;
            foreach (var key in RemoveLabel ?? Array.Empty<string>()) _labels[key] = null;
            return changes;
        }

        protected override string Describe(JsonObject changes) =>
            string.Join(", ", changes.Select(kv => kv.Key).Concat(_labels!.Keys.Select(k => "label " + k)));

        protected override async Task<ClusterTemplate?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct) =>
            await client.PatchAsync(Resource, id, ContainerInfraClient.TemplatePatch(changes.ToDictionary(kv => kv.Key, kv => kv.Value), _labels), ct).ConfigureAwait(false);
    }
}
