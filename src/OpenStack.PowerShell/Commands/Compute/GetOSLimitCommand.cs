using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.Client.Quotas;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSLimit: the caller's absolute limits and use in the session's project, as Nova and Cinder report them
    /// (GET /limits), one row per figure: what `openstack limits show --absolute` prints.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSLimit")]
    [OutputType(typeof(AbsoluteLimit))]
    public sealed class GetOSLimitCommand : OpenStackCmdlet
    {
        protected override void ProcessRecord()
        {
            var quotas = new QuotaClient(ActiveSession);
            foreach (var service in new[] { ServiceTypes.Compute, ServiceTypes.BlockStorage })
            {
                if (quotas.Missing(service) is string missing)
                {
                    WriteWarning("The limits of " + service + " are left out: " + missing);
                    continue;
                }
                Try(service, () =>
                {
                    foreach (var limit in Run(ct => quotas.GetLimitsAsync(service, ct))) WriteObject(limit);
                });
            }
        }
    }
}
