using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>New-OSServerGroup: a group whose servers the scheduler keeps apart (anti-affinity) or together (affinity).</summary>
    [Cmdlet(VerbsCommon.New, "OSServerGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ServerGroup))]
    public sealed class NewOSServerGroupCommand : NewResourceCmdlet<ServerGroup, ServerGroupCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter(Position = 1)]
        [ValidateSet("anti-affinity", "affinity", "soft-anti-affinity", "soft-affinity")]
        public string Policy { get; set; } = "anti-affinity";

        /// <summary>With anti-affinity: how many of the group's servers one host may take.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? MaxServerPerHost { get; set; }

        protected override ResourceDescriptor<ServerGroup> Resource => ComputeResources.ServerGroups;
        protected override ServerGroupCreateOptions BuildOptions() => new ServerGroupCreateOptions { Name = Name, Policy = Policy.ToLowerInvariant(), MaxServerPerHost = MaxServerPerHost };
        protected override string Target(ServerGroupCreateOptions o) => Name;
        protected override string ActionText(ServerGroupCreateOptions o) => "Create " + o.Policy + " server group";
    }
}
