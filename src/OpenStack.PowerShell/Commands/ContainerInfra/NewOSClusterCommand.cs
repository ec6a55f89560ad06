using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.Client.Orchestration;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>
    /// New-OSCluster: asks Magnum for a cluster from a template (name or uuid). With -Wait, follows CREATE_IN_PROGRESS
    /// to CREATE_COMPLETE; CREATE_FAILED is an error carrying Magnum's status_reason.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Cluster))]
    public sealed class NewOSClusterCommand : NewWaitingResourceCmdlet<Cluster, ClusterCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The template: name, uuid, or a template from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [Alias("ClusterTemplateId")]
        [ReferenceTo(typeof(Client.ContainerInfra.ClusterTemplate))]
        [ValidateNotNullOrEmpty]
        public NameOrId ClusterTemplate { get; set; } = null!;

        [Parameter] [ValidateRange(1, 10000)] public int? NodeCount { get; set; }
        [Parameter] [ValidateRange(1, 100)] public int? MasterCount { get; set; }
        [Parameter] [ResourceRef] public string? Keypair { get; set; }
        /// <summary>Replaces the template's labels for this cluster.</summary>
        [Parameter] public Hashtable? Label { get; set; }
        /// <summary>Minutes the build may take (Heat's timeout).</summary>
        [Parameter] [ValidateRange(1, 10080)] public int? CreateTimeout { get; set; }
        public NewOSClusterCommand() { TimeoutSec = 3600; }

        protected override ResourceDescriptor<Cluster> Resource => ContainerInfraResources.Clusters;
        protected override string[] WaitTargets => new[] { "CREATE_COMPLETE" };
        protected override int ProgressId => 0x05F0;
        protected override string PreparationTarget => Name;
        protected override string Target(ClusterCreateOptions o) => Name;
        protected override string ActionText(ClusterCreateOptions o) => "Create cluster from template " + ClusterTemplate;

        protected override ClusterCreateOptions BuildOptions() => new ClusterCreateOptions
        {
            Name = Name, NodeCount = NodeCount, MasterCount = MasterCount, CreateTimeout = CreateTimeout,
            Labels = Label == null ? null : Hashtables.ToStrings(Label),
        };

        /// <summary>
        /// Magnum's reason for a failed build names only the node groups that failed; Heat's stack says why (a timeout,
        /// the resource that failed): it is added to the error when the cluster has a stack and the cloud has Heat.
        /// </summary>
        protected override async Task<Cluster> CompleteAsync(ResourceClient client, Cluster created, CancellationToken ct)
        {
            try { return await base.CompleteAsync(client, created, ct).ConfigureAwait(false); }
            catch (ResourceFailedException ex)
            {
                string? heat = null;
                try
                {
                    var cluster = await client.GetAsync(ContainerInfraResources.Clusters, created.Uuid, ct).ConfigureAwait(false);
                    var orchestration = new OrchestrationClient(client.Session);
                    var stack = string.IsNullOrEmpty(cluster?.StackId) ? null : await orchestration.GetAsync(cluster!.StackId!, ct).ConfigureAwait(false);
                    if (stack != null) heat = await orchestration.DescribeFailureAsync(stack, ct).ConfigureAwait(false);
                }
                catch (OpenStackException) { /* no Heat to ask, or it cannot say: Magnum's reason stands */ }
                if (heat == null) throw;
                throw new ResourceFailedException(ex.Message.TrimEnd('.') + ". Heat: " + heat, ex.Status);
            }
        }

        protected override void Resolve(ResourceClient client, ClusterCreateOptions o)
        {
            o.ClusterTemplateId = Run(ct => client.FindIdAsync(ContainerInfraResources.ClusterTemplates, ClusterTemplate.Value, ct));
            if (Keypair != null) o.Keypair = Run(ct => client.FindIdAsync(ComputeResources.Keypairs, Keypair, ct));
        }
    }
}
