using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Set-OSSecurityGroup: renames security groups, describes them, makes them stateful or stateless.</summary>
    [Cmdlet(VerbsCommon.Set, "OSSecurityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SecurityGroup))]
    public sealed class SetOSSecurityGroupCommand : NamedSetCmdlet<SecurityGroup, SecurityGroupOptions>
    {
        [Parameter] [Alias("NewName")] [ValidateNotNullOrEmpty] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }

        /// <summary>$false: stateless (no connection tracking; Neutron refuses it while ports use the group).</summary>
        [Parameter] public bool? Stateful { get; set; }

        protected override ResourceDescriptor<SecurityGroup> Resource => NetworkResources.SecurityGroups;

        protected override SecurityGroupOptions BuildOptions() => new SecurityGroupOptions { Name = Name, Description = Description, Stateful = Stateful };
    }
}
