using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.Client.Quotas;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSAvailabilityZone: the availability zones of Nova, Cinder and Neutron with their state; for administrators,
    /// Nova's come with their hosts and services (os-availability-zone/detail).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSAvailabilityZone")]
    [OutputType(typeof(AvailabilityZone))]
    public sealed class GetOSAvailabilityZoneCommand : OpenStackCmdlet
    {
        /// <summary>Only these services' zones: compute, volume, network. Default: all three.</summary>
        [Parameter(Position = 0)]
        [ValidateSet("compute", "volume", "network")]
        public string[]? Service { get; set; }

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var quotas = new QuotaClient(session);
            var zones = new AvailabilityZoneClient(session);
            foreach (var word in (Service ?? new[] { "compute", "volume", "network" }).Distinct(System.StringComparer.OrdinalIgnoreCase))
            {
                var type = word.ToLowerInvariant() switch { "volume" => ServiceTypes.BlockStorage, "network" => ServiceTypes.Network, _ => ServiceTypes.Compute };
                if (quotas.Missing(type) is string missing)
                {
                    WriteWarning("The availability zones of " + type + " are left out: " + missing);
                    continue;
                }
                Try(word, () =>
                {
                    System.Collections.Generic.IReadOnlyList<AvailabilityZone> list;
                    // The hosts are an administrator's view: anyone else gets the zones alone.
                    try { list = Run(ct => zones.ListAsync(type, true, ct)); }
                    catch (ForbiddenException) when (type == ServiceTypes.Compute) { list = Run(ct => zones.ListAsync(type, false, ct)); }
                    foreach (var zone in list) WriteObject(zone);
                });
            }
        }
    }
}
