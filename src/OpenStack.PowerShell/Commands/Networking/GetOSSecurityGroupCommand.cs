using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSSecurityGroup: security groups (with their rules) by name or id, or listed.</summary>
    [Cmdlet(VerbsCommon.Get, "OSSecurityGroup", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(SecurityGroup))]
    public sealed class GetOSSecurityGroupCommand : NamedGetCmdlet<SecurityGroup>
    {
        [Parameter(ParameterSetName = ParameterSets.List)] public string? ProjectId { get; set; }

        protected override ResourceDescriptor<SecurityGroup> Resource => NetworkResources.SecurityGroups;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            filters.Add("project_id", ProjectId);
            return Task.CompletedTask;
        }
    }
}
