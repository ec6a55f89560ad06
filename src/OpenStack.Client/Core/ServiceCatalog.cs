using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenStack.Client.Core
{
    /// <summary>One endpoint of the service catalog.</summary>
    public sealed class CatalogEndpoint
    {
        public CatalogEndpoint(string serviceType, string? serviceName, string? serviceId, string? id, string @interface, string? region, string url)
        {
            ServiceType = serviceType; ServiceName = serviceName; ServiceId = serviceId; Id = id;
            Interface = @interface; Region = region; Url = url;
        }

        public string ServiceType { get; }
        public string? ServiceName { get; }
        public string? ServiceId { get; }
        public string? Id { get; }
        public string Interface { get; }
        public string? Region { get; }
        public string Url { get; }

        public override string ToString() => ServiceType + " " + Interface + " " + Url;
    }

    /// <summary>The catalog from the token: picks an endpoint by service type (with aliases), interface and region.</summary>
    public sealed class ServiceCatalog
    {
        public ServiceCatalog(IEnumerable<CatalogEndpoint> endpoints) { Endpoints = endpoints.ToList(); }

        public IReadOnlyList<CatalogEndpoint> Endpoints { get; }

        /// <summary>The service types it holds, e.g. "7 services: compute, identity, image, ...", as a listing shows it.</summary>
        public override string ToString()
        {
            var types = Endpoints.Select(e => e.ServiceType).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(t => t, StringComparer.OrdinalIgnoreCase).ToList();
            return types.Count + (types.Count == 1 ? " service: " : " services: ") + string.Join(", ", types);
        }

        /// <summary>The endpoint for a service, or a <see cref="ConfigurationException"/> naming what was asked and what exists.</summary>
        public CatalogEndpoint Find(string serviceType, string @interface, string? region)
        {
            var iface = NormalizeInterface(@interface);
            foreach (var type in ServiceTypes.CatalogCandidates(serviceType))
            {
                var match = Endpoints.FirstOrDefault(e =>
                    string.Equals(e.ServiceType, type, StringComparison.OrdinalIgnoreCase) &&
                    string.Equals(NormalizeInterface(e.Interface), iface, StringComparison.OrdinalIgnoreCase) &&
                    (region == null || string.Equals(e.Region, region, StringComparison.OrdinalIgnoreCase)));
                if (match != null) return match;
            }
            var available = Endpoints
                .Where(e => ServiceTypes.CatalogCandidates(serviceType).Contains(e.ServiceType, StringComparer.OrdinalIgnoreCase))
                .Select(e => e.Interface + "@" + (e.Region ?? "any region"))
                .Distinct().ToList();
            var types = Endpoints.Select(e => e.ServiceType).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(t => t).ToList();
            var detail = available.Count > 0
                ? "it has that service only as: " + string.Join(", ", available)
                : "services in the catalog: " + (types.Count == 0 ? "none" : string.Join(", ", types));
            throw new ConfigurationException("No '" + ServiceTypes.Canonical(serviceType) + "' endpoint with interface '" + iface + "'" +
                (region != null ? " in region '" + region + "'" : "") + " in the service catalog; " + detail + ".");
        }

        /// <summary>"publicURL" (v2-style) and "public" mean the same.</summary>
        public static string NormalizeInterface(string value)
        {
            var v = value.Trim().ToLowerInvariant();
            return v.EndsWith("url", StringComparison.Ordinal) ? v.Substring(0, v.Length - 3) : v;
        }
    }
}
