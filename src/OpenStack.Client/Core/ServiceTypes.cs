using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Official service types (the service-types-authority list) with their aliases, the API version
    /// the client speaks, and the microversion header name where a service has one.
    /// </summary>
    public static class ServiceTypes
    {
        public const string Identity = "identity";
        public const string Compute = "compute";
        public const string BlockStorage = "block-storage";
        public const string Image = "image";
        public const string Network = "network";
        public const string ContainerInfra = "container-infra";
        public const string Placement = "placement";
        public const string Orchestration = "orchestration";
        public const string ObjectStore = "object-store";
        public const string LoadBalancer = "load-balancer";

        private static readonly Dictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            [BlockStorage] = new[] { "volumev3", "volumev2", "volume", "block-store" },
            [ContainerInfra] = new[] { "container-infrastructure-management", "container-infrastructure" },
            [Compute] = Array.Empty<string>(),
            [Identity] = Array.Empty<string>(),
            [Image] = Array.Empty<string>(),
            [Network] = Array.Empty<string>(),
            [Placement] = Array.Empty<string>(),
            [Orchestration] = Array.Empty<string>(),
            [ObjectStore] = Array.Empty<string>(),
            [LoadBalancer] = new[] { "load-balancing" },
        };

        /// <summary>The versioned path segment the client appends when the catalog URL has none.</summary>
        private static readonly Dictionary<string, string> VersionSegments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Compute] = "v2.1",
            [BlockStorage] = "v3",
            [Image] = "v2",
            [Network] = "v2.0",
            [ContainerInfra] = "v1",
            [Identity] = "v3",
            [Orchestration] = "v1",
            [ObjectStore] = "v1",
            [LoadBalancer] = "v2",
        };

        /// <summary>Name used in "OpenStack-API-Version: &lt;name&gt; X.Y" for services with microversions.</summary>
        private static readonly Dictionary<string, string> MicroversionNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Compute] = "compute",
            [BlockStorage] = "volume",
            [ContainerInfra] = "container-infra",
            [Placement] = "placement",
        };

        /// <summary>The official type for a type or alias ("volumev3" → "block-storage"); unknown types pass through.</summary>
        public static string Canonical(string type)
        {
            var t = type.Trim().Replace('_', '-').ToLowerInvariant();
            if (Aliases.ContainsKey(t)) return t;
            foreach (var kv in Aliases)
                if (kv.Value.Contains(t, StringComparer.OrdinalIgnoreCase)) return kv.Key;
            return t;
        }

        /// <summary>The catalog types to look for, best first.</summary>
        public static IReadOnlyList<string> CatalogCandidates(string type)
        {
            var canonical = Canonical(type);
            var list = new List<string> { canonical };
            if (Aliases.TryGetValue(canonical, out var aliases)) list.AddRange(aliases);
            return list;
        }

        public static string? VersionSegment(string type) => VersionSegments.TryGetValue(Canonical(type), out var v) ? v : null;

        public static string? MicroversionName(string type) => MicroversionNames.TryGetValue(Canonical(type), out var v) ? v : null;

        public static IEnumerable<string> Known => Aliases.Keys;
    }
}
