using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Add-/Remove-OSVolumeQosAssociation (admin): a QoS specification applied to volume types from the pipeline, or taken off them.</summary>
    public abstract class VolumeQosAssociationCmdlet : OpenStackCmdlet
    {
        /// <summary>The QoS specification: name, id, or one from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("QosId")]
        [ReferenceTo(typeof(VolumeQos))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeQosNameCompleter))] public NameOrId Qos { get; set; } = null!;

        /// <summary>The volume types: names, ids, or types from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Types")]
        [Alias("VolumeTypeId")]
        [ReferenceTo(typeof(VolumeType))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public NameOrId[] VolumeType { get; set; } = null!;

        private ResourceClient? _client;
        private string? _qosId, _qosFor;

        protected override void ProcessRecord()
        {
            // The session is read here, on the pipeline thread; the lookups below run on others.
            var client = _client ??= new ResourceClient(ActiveSession);
            var types = ParameterSetName == "Types" ? VolumeType : new NameOrId?[] { null };
            foreach (var type in types)
            {
                var qos = Qos.Value;
                var target = type?.Value ?? qos;
                string typeId = "";
                if (!Try(target, () =>
                {
                    // The same specification for every type of the pipeline: found once.
                    if (_qosFor != qos) { _qosId = Run(ct => client.FindIdAsync(BlockStorageResources.QosSpecs, qos, ct)); _qosFor = qos; }
                    if (type != null) typeId = Run(ct => client.FindIdAsync(BlockStorageResources.VolumeTypes, type.Value, ct));
                })) continue;
                if (!ShouldProcess(target, What(qos, type?.Value))) continue;
                var qosId = _qosId!;
                Try(target, () => Run(ct => ChangeAsync(new BlockStorageClient(client.Session), qosId, type == null ? null : typeId, ct)));
            }
        }

        /// <summary>What ShouldProcess says.</summary>
        protected abstract string What(string qos, string? type);

        /// <summary>The change for one volume type, or (<paramref name="typeId"/> null) for all of them.</summary>
        protected abstract Task ChangeAsync(BlockStorageClient client, string qosId, string? typeId, CancellationToken ct);
    }
}
