using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSRouter: routers by name or id, or listed (by project).</summary>
    [Cmdlet(VerbsCommon.Get, "OSRouter", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Router))]
    public sealed class GetOSRouterCommand : NamedGetCmdlet<Router>
    {
        [Parameter(ParameterSetName = ParameterSets.List)] public string? ProjectId { get; set; }

        protected override ResourceDescriptor<Router> Resource => NetworkResources.Routers;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            filters.Add("project_id", ProjectId);
            return Task.CompletedTask;
        }
    }
}
