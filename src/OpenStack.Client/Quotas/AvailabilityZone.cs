using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Quotas
{
    /// <summary>An availability zone of one service (Nova, Cinder or Neutron) with its state and, where told, its hosts.</summary>
    public sealed class AvailabilityZone
    {
        public AvailabilityZone(string service, string name, bool available, string? resource = null, IEnumerable<AvailabilityZoneHost>? hosts = null)
        {
            Service = service; Name = name; Available = available; Resource = resource; Hosts = hosts?.ToList();
        }

        /// <summary>compute, volume or network (the words of openstack availability zone list).</summary>
        public string Service { get; }
        public string Name { get; }
        public bool Available { get; }
        public string State => Available ? "available" : "not available";
        /// <summary>Neutron's zones are per resource: network or router.</summary>
        public string? Resource { get; }
        /// <summary>The hosts and their services in the zone (Nova, for administrators); null when not told.</summary>
        public IReadOnlyList<AvailabilityZoneHost>? Hosts { get; }
        public string? HostNames => Hosts == null ? null : string.Join(", ", Hosts.Select(h => h.Host).Distinct());

        public override string ToString() => Name;
    }

    /// <summary>One service on one host of a zone (os-availability-zone/detail).</summary>
    public sealed class AvailabilityZoneHost
    {
        public AvailabilityZoneHost(string host, string serviceName, bool available, bool active, DateTimeOffset? updated)
        {
            Host = host; ServiceName = serviceName; Available = available; Active = active; Updated = updated;
        }

        public string Host { get; }
        /// <summary>nova-compute, nova-scheduler, nova-conductor...</summary>
        public string ServiceName { get; }
        public bool Available { get; }
        public bool Active { get; }
        public DateTimeOffset? Updated { get; }
        public override string ToString() => Host + " " + ServiceName;
    }

    /// <summary>Reads the availability zones of Nova, Cinder and Neutron, each in its own shape.</summary>
    public sealed class AvailabilityZoneClient
    {
        private readonly OpenStackSession _session;

        public AvailabilityZoneClient(OpenStackSession session) { _session = session; }

        /// <summary>
        /// One service's zones. Nova's with <paramref name="withHosts"/> come from os-availability-zone/detail (an
        /// administrator's call, which also lists the "internal" zone of the control services).
        /// </summary>
        public async Task<IReadOnlyList<AvailabilityZone>> ListAsync(string service, bool withHosts, CancellationToken ct = default)
        {
            var network = service == ServiceTypes.Network;
            var path = network ? "availability_zones" : "os-availability-zone" + (withHosts && service == ServiceTypes.Compute ? "/detail" : "");
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, service, path), ct).ConfigureAwait(false);
            var list = new List<AvailabilityZone>();
            if (doc == null) return list;
            var shown = service == ServiceTypes.BlockStorage ? "volume" : service;
            if (network)
            {
                if (doc.RootElement.TryGetProperty("availability_zones", out var zones) && zones.ValueKind == JsonValueKind.Array)
                    foreach (var z in zones.EnumerateArray())
                        list.Add(new AvailabilityZone(shown, Str(z, "name") ?? "", Str(z, "state") == "available", Str(z, "resource")));
                return list;
            }
            if (!doc.RootElement.TryGetProperty("availabilityZoneInfo", out var info) || info.ValueKind != JsonValueKind.Array) return list;
            foreach (var z in info.EnumerateArray())
            {
                var available = z.TryGetProperty("zoneState", out var state) && state.TryGetProperty("available", out var a) && a.ValueKind == JsonValueKind.True;
                List<AvailabilityZoneHost>? hosts = null;
                if (z.TryGetProperty("hosts", out var h) && h.ValueKind == JsonValueKind.Object)
                {
                    hosts = new List<AvailabilityZoneHost>();
                    foreach (var host in h.EnumerateObject())
                        if (host.Value.ValueKind == JsonValueKind.Object)
                            foreach (var svc in host.Value.EnumerateObject())
                                hosts.Add(new AvailabilityZoneHost(host.Name, svc.Name, Flag(svc.Value, "available"), Flag(svc.Value, "active"), Time(svc.Value)));
                }
                list.Add(new AvailabilityZone(shown, Str(z, "zoneName") ?? "", available, null, hosts));
            }
            return list;
        }

        private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

        // Nova's times have no zone and are UTC.
        private static DateTimeOffset? Time(JsonElement e) =>
            Str(e, "updated_at") is string s && DateTime.TryParse(s, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
                ? new DateTimeOffset(t, TimeSpan.Zero) : (DateTimeOffset?)null;
    }
}
