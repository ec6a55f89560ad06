using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>New-OSAggregate: a host aggregate, optionally an availability zone, with metadata the scheduler can match (admin).</summary>
    [Cmdlet(VerbsCommon.New, "OSAggregate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Aggregate))]
    public sealed class NewOSAggregateCommand : NewResourceCmdlet<Aggregate, AggregateCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Shows the aggregate's hosts to users as this availability zone.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? AvailabilityZone { get; set; }

        /// <summary>Metadata, e.g. @{ ssd = 'true' } for flavors with the extra spec aggregate_instance_extra_specs:ssd.</summary>
        [Parameter]
        [Alias("Property")]
        public Hashtable? Metadata { get; set; }

        protected override ResourceDescriptor<Aggregate> Resource => ComputeAdminResources.Aggregates;

        protected override AggregateCreateOptions BuildOptions()
        {
            var o = new AggregateCreateOptions { Name = Name, AvailabilityZone = AvailabilityZone };
            Hashtables.CopyStrings(Metadata, o.Metadata);
            return o;
        }

        protected override string Target(AggregateCreateOptions o) => Name;

        /// <summary>Nova takes metadata only after the aggregate exists: a second call, whose answer is the whole aggregate.</summary>
        protected override async Task<Aggregate> CreateAsync(ResourceClient client, AggregateCreateOptions options, CancellationToken ct)
        {
            var created = await client.CreateAsync(Resource, options, ct).ConfigureAwait(false);
            if (options.Metadata.Count == 0) return created;
            var metadata = new System.Collections.Generic.Dictionary<string, string?>();
            foreach (var kv in options.Metadata) metadata[kv.Key] = kv.Value;
            return await new ComputeClient(client.Session).SetAggregateMetadataAsync(Resource.IdOf(created), metadata, ct).ConfigureAwait(false);
        }
    }
}
