using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Get-OSNetworkAgent: Neutron's agents with whether each is alive (admin); none where the cloud's drivers need no agent.</summary>
    [Cmdlet(VerbsCommon.Get, "OSNetworkAgent")]
    [OutputType(typeof(NetworkAgent))]
    public sealed class GetOSNetworkAgentCommand : OpenStackCmdlet
    {
        /// <summary>The host (wildcards allowed).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Host")]
        [SupportsWildcards]
        public string? AgentHost { get; set; }

        /// <summary>e.g. "L3 agent", "DHCP agent", "Open vSwitch agent".</summary>
        [Parameter]
        public string? AgentType { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            var agents = NetworkResources.Agents;
            WriteListed(AgentHost, (exact, ct) => client.ListAsync(agents, new Query().Add("host", exact).Add("agent_type", AgentType), null, ct), agents.NameOf, agents.KindPlural);
        }
    }
}
