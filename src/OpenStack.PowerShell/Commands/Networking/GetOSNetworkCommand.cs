using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSNetwork: networks by name or id, or listed with Neutron-side filters.</summary>
    [Cmdlet(VerbsCommon.Get, "OSNetwork", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Network))]
    public sealed class GetOSNetworkCommand : NamedGetCmdlet<Network>
    {
        /// <summary>Only external networks (router:external), or with -External:$false only internal ones.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter External { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter Shared { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? ProjectId { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Status { get; set; }

        protected override ResourceDescriptor<Network> Resource => NetworkResources.Networks;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(External))) filters.Add("router:external", External.IsPresent);
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Shared))) filters.Add("shared", Shared.IsPresent);
            filters.Add("project_id", ProjectId).Add("status", Status?.ToUpperInvariant());
            return Task.CompletedTask;
        }
    }
}
