using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>Get-OSRouter: routers by name or id, or listed (by project).</summary>
    [Cmdlet(VerbsCommon.Get, "OSRouter", DefaultParameterSetName = "List")]
    [OutputType(typeof(Router))]
    public sealed class GetOSRouterCommand : NeutronGetCmdlet<Router>
    {
        [Parameter(ParameterSetName = "List")] public string? ProjectId { get; set; }

        protected override NeutronResource<Router> Resource => NeutronResource<Router>.Routers;

        protected override Task AddFiltersAsync(NetworkClient client, NeutronFilters filters, CancellationToken ct)
        {
            filters.Add("project_id", ProjectId);
            return Task.CompletedTask;
        }
    }
}
