using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSHypervisor: the compute nodes with their state, vCPUs, RAM and disk (used and usable, from Placement where
    /// Nova no longer sends them) and the servers on each (admin). -Servers writes those servers instead.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSHypervisor", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Hypervisor), typeof(Server))]
    public sealed class GetOSHypervisorCommand : GetResourceCmdlet<Hypervisor>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("HypervisorId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HypervisorNameCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>The hypervisor's host name (wildcards allowed).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [Alias("HypervisorHostname")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(HypervisorNameCompleter))] public string? Name { get; set; }

        /// <summary>Write the servers that run on the hypervisors (every project's), not the hypervisors.</summary>
        [Parameter]
        public SwitchParameter Servers { get; set; }

        protected override ResourceDescriptor<Hypervisor> Resource => ComputeAdminResources.Hypervisors;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        // One request brings every hypervisor's servers.
        protected override Query Filters(ResourceClient client) => new Query().Add("with_servers", true);
        protected override bool Decorates => true;

        protected override Task<Hypervisor> DecorateAsync(ResourceClient client, Hypervisor item, CancellationToken ct) =>
            new ComputeClient(client.Session).CompleteHypervisorAsync(item, ct);

        protected override void ProcessRecord()
        {
            if (!Servers) { base.ProcessRecord(); return; }
            var client = new ResourceClient(ActiveSession);
            var pattern = Name != null ? new WildcardPattern(Name, WildcardOptions.IgnoreCase) : null;
            var hypervisors = new List<Hypervisor>();
            if (Wanted != null)
                foreach (var id in Wanted) Try(id, () => hypervisors.Add(Run(ct => client.FindAsync(Resource, id, ct))));
            else
                Try(Name ?? Resource.KindPlural, () => hypervisors.AddRange(RunEach(ct => client.ListAsync(Resource, null, null, ct))));
            foreach (var hypervisor in hypervisors)
            {
                if (pattern != null && !pattern.IsMatch(hypervisor.Name ?? "")) continue;
                // Nova's own filter of servers by compute node (admin).
                var query = new Query().Add("all_tenants", "True").Add("node", hypervisor.Name);
                Try(hypervisor.Name, () => { foreach (var server in RunEach(ct => client.ListAsync(ComputeResources.Servers, query, null, ct))) WriteObject(server); });
            }
        }
    }
}
