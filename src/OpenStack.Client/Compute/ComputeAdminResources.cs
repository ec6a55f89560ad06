using System.Globalization;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Compute
{
    /// <summary>Nova's resources for operators: the compute fleet, its services, host aggregates and migrations (admin).</summary>
    public static class ComputeAdminResources
    {
        private const string Service = ServiceTypes.Compute;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        /// <summary>2.53 made the ids UUIDs (they are also Placement's resource providers); names are matched here.</summary>
        public static readonly ResourceDescriptor<Hypervisor> Hypervisors =
            new ResourceDescriptor<Hypervisor>(Service, "hypervisor", "os-hypervisors", Json.Hypervisor, h => h.Id, h => h.Name)
            {
                ListPath = "os-hypervisors/detail", Singular = "hypervisor", Plural = "hypervisors", NameFilter = NameFilter.Local,
                Update = UpdateStyle.None, MinMicroversion = "2.53",
            };

        /// <summary>Nova lists services but has no GET of one: they are found by host and binary (ComputeClient).</summary>
        public static readonly ResourceDescriptor<ComputeService> Services =
            new ResourceDescriptor<ComputeService>(Service, "compute service", "os-services", Json.ComputeService, s => s.Id, s => s.Host)
            {
                Singular = "service", Plural = "services", NameFilter = NameFilter.Local, MinMicroversion = "2.53",
            };

        /// <summary>Aggregate ids are integers; names are matched here; a change is a wrapped PUT of name and zone.</summary>
        public static readonly ResourceDescriptor<Aggregate> Aggregates =
            new ResourceDescriptor<Aggregate>(Service, "aggregate", "os-aggregates", Json.Aggregate,
                a => a.Id.ToString(CultureInfo.InvariantCulture), a => a.Name)
            {
                Singular = "aggregate", Plural = "aggregates", NameFilter = NameFilter.Local, IdsAreUuids = false,
                IdShape = id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            };

        /// <summary>Nova's migration records: listed (filtered by server, host, status, type), never read one by one.</summary>
        public static readonly ResourceDescriptor<ServerMigration> Migrations =
            new ResourceDescriptor<ServerMigration>(Service, "migration", "os-migrations", Json.ServerMigration,
                m => m.Uuid ?? m.Id.ToString(CultureInfo.InvariantCulture), m => m.Uuid)
            {
                Plural = "migrations", NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };
    }
}
