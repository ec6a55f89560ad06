using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSRouter: deletes routers (asks first unless -Force). Remove their interfaces first: Neutron refuses otherwise.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSRouter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSRouterCommand : NamedRemoveCmdlet<Router>
    {
        protected override ResourceDescriptor<Router> Resource => NetworkResources.Routers;
    }
}
