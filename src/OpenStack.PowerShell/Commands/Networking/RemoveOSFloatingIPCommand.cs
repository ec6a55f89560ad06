using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OSFloatingIP: releases floating IPs (by id or address; asks first unless -Force).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSFloatingIP", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSFloatingIPCommand : NamedRemoveCmdlet<FloatingIp>
    {
        protected override ResourceDescriptor<FloatingIp> Resource => NetworkResources.FloatingIps;
    }
}
