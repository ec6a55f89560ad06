using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSSecurityGroupRule: deletes rules by id (asks first unless -Force).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSSecurityGroupRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSSecurityGroupRuleCommand : NamedRemoveCmdlet<SecurityGroupRule>
    {
        protected override ResourceDescriptor<SecurityGroupRule> Resource => NetworkResources.SecurityGroupRules;
    }
}
