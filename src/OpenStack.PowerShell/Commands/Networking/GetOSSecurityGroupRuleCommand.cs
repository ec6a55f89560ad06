using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSSecurityGroupRule: rules by id, or listed by group, direction, protocol and ether type.</summary>
    [Cmdlet(VerbsCommon.Get, "OSSecurityGroupRule", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(SecurityGroupRule))]
    public sealed class GetOSSecurityGroupRuleCommand : NamedGetCmdlet<SecurityGroupRule>
    {
        /// <summary>The group (name, id or object; from the pipeline too).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.SecurityGroup))]
        [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public NameOrId? SecurityGroup { get; set; }

        [Parameter(ParameterSetName = ParameterSets.List)] [ValidateSet("ingress", "egress")] public string? Direction { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] public string? Protocol { get; set; }
        [Parameter(ParameterSetName = ParameterSets.List)] [ValidateSet("IPv4", "IPv6")] public string? EtherType { get; set; }

        protected override ResourceDescriptor<SecurityGroupRule> Resource => NetworkResources.SecurityGroupRules;

        protected override async Task AddFiltersAsync(ResourceClient client, Query filters, CancellationToken ct)
        {
            if (SecurityGroup != null)
                filters.Add("security_group_id", await client.FindIdAsync(NetworkResources.SecurityGroups, SecurityGroup.Value, ct).ConfigureAwait(false));
            filters.Add("direction", Direction?.ToLowerInvariant()).Add("protocol", Protocol?.ToLowerInvariant()).Add("ethertype", EtherType == null ? null : EtherType.StartsWith("IPv6", System.StringComparison.OrdinalIgnoreCase) ? "IPv6" : "IPv4");
        }
    }
}
