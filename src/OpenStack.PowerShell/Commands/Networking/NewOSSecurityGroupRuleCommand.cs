using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSSecurityGroupRule: lets traffic in (or out): protocol, port range, and a remote prefix or group.</summary>
    [Cmdlet(VerbsCommon.New, "OSSecurityGroupRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SecurityGroupRule))]
    public sealed class NewOSSecurityGroupRuleCommand : NeutronNewCmdlet<SecurityGroupRule, SecurityGroupRuleOptions>
    {
        /// <summary>The group (name, id or object; from the pipeline too).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Network.SecurityGroup))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public NameOrId SecurityGroup { get; set; } = null!;

        [Parameter] [ValidateSet("ingress", "egress")] public string Direction { get; set; } = "ingress";

        /// <summary>tcp, udp, icmp, a protocol number... leave out for any.</summary>
        [Parameter] public string? Protocol { get; set; }

        [Parameter] [ValidateRange(0, 65535)] public int? PortRangeMin { get; set; }

        /// <summary>Defaults to -PortRangeMin: one port.</summary>
        [Parameter] [ValidateRange(0, 65535)] public int? PortRangeMax { get; set; }

        /// <summary>"0.0.0.0/0", "203.0.113.0/24"...</summary>
        [Parameter] public string? RemoteIpPrefix { get; set; }

        /// <summary>Traffic from ports in this group (name, id or object).</summary>
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public string? RemoteGroup { get; set; }

        /// <summary>IPv4 or IPv6; left out: the family of -RemoteIpPrefix, else IPv4 (Neutron's default).</summary>
        [Parameter] [ValidateSet("IPv4", "IPv6")] public string? EtherType { get; set; }

        [Parameter] public string? Description { get; set; }

        protected override ResourceDescriptor<SecurityGroupRule> Resource => NetworkResources.SecurityGroupRules;

        protected override string Target(SecurityGroupRuleOptions options) => SecurityGroup.Value;

        protected override SecurityGroupRuleOptions BuildOptions() => new SecurityGroupRuleOptions
        {
            Direction = Direction,
            Protocol = Protocol,
            PortRangeMin = PortRangeMin,
            PortRangeMax = PortRangeMax,
            RemoteIpPrefix = RemoteIpPrefix,
            EtherType = EtherType == null ? null : EtherType.StartsWith("IPv6", System.StringComparison.OrdinalIgnoreCase) ? "IPv6" : "IPv4",
            Description = Description,
        };

        protected override async Task ResolveAsync(ResourceClient client, SecurityGroupRuleOptions options, CancellationToken ct)
        {
            var groups = NetworkResources.SecurityGroups;
            options.SecurityGroupId = await client.FindIdAsync(groups, SecurityGroup.Value, ct).ConfigureAwait(false);
            if (RemoteGroup != null) options.RemoteGroupId = await client.FindIdAsync(groups, RemoteGroup, ct).ConfigureAwait(false);
        }
    }
}
