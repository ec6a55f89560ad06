using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSSubnetPool: subnet pools by name or id, or listed by IP version; -Default for the default pools.</summary>
    [Cmdlet(VerbsCommon.Get, "OSSubnetPool", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(SubnetPool))]
    public sealed class GetOSSubnetPoolCommand : NamedGetCmdlet<SubnetPool>
    {
        [Parameter(ParameterSetName = ParameterSets.List)] [ValidateSet("4", "6")] public string? IpVersion { get; set; }

        /// <summary>Only the default pools (those subnets use when given neither a CIDR nor a pool).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)] public SwitchParameter Default { get; set; }

        protected override ResourceDescriptor<SubnetPool> Resource => NetworkResources.SubnetPools;

        protected override Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            filters.Add("ip_version", IpVersion).Add("is_default", Default ? "true" : null);
            return Task.CompletedTask;
        }
    }
}
