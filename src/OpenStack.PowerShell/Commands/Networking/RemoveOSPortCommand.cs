using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSPort: deletes ports (asks first unless -Force).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSPort", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSPortCommand : NamedRemoveCmdlet<Port>
    {
        protected override ResourceDescriptor<Port> Resource => NetworkResources.Ports;
    }
}
