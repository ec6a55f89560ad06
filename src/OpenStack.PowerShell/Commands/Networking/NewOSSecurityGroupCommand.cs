using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSSecurityGroup: a security group (Neutron adds the default egress rules).</summary>
    [Cmdlet(VerbsCommon.New, "OSSecurityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SecurityGroup))]
    public sealed class NewOSSecurityGroupCommand : NeutronNewCmdlet<SecurityGroup, SecurityGroupOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter] public string? Description { get; set; }
        [Parameter] public string? ProjectId { get; set; }

        /// <summary>$false: a stateless group, whose rules must let replies through too.</summary>
        [Parameter] public bool? Stateful { get; set; }

        protected override ResourceDescriptor<SecurityGroup> Resource => NetworkResources.SecurityGroups;

        protected override SecurityGroupOptions BuildOptions() => new SecurityGroupOptions
        {
            Name = Name, Description = Description, ProjectId = ProjectId, Stateful = Stateful,
        };
    }
}
