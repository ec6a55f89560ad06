using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>Cinder's resources (block storage v3).</summary>
    public static class BlockStorageResources
    {
        private const string Service = ServiceTypes.BlockStorage;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        /// <summary>Waiting on a volume or snapshot fails at once on these.</summary>
        public static readonly string[] FailureStatuses = { "error", "error_deleting", "error_extending", "error_restoring", "error_managing" };
        private static readonly string[] DeleteFailures = { "error_deleting" };

        public static readonly ResourceDescriptor<Volume> Volumes =
            new ResourceDescriptor<Volume>(Service, "volume", "volumes", Json.Volume, v => v.Id, v => v.Name)
            {
                ListPath = "volumes/detail", Singular = "volume",
                Status = new StatusRule<Volume>(v => v.Status) { Failures = FailureStatuses, DeleteFailures = DeleteFailures },
            };

        public static readonly ResourceDescriptor<VolumeSnapshot> Snapshots =
            new ResourceDescriptor<VolumeSnapshot>(Service, "snapshot", "snapshots", Json.VolumeSnapshot, s => s.Id, s => s.Name)
            {
                ListPath = "snapshots/detail", Singular = "snapshot",
                Status = new StatusRule<VolumeSnapshot>(s => s.Status) { Failures = FailureStatuses, DeleteFailures = DeleteFailures },
            };

        public static readonly ResourceDescriptor<VolumeType> VolumeTypes =
            new ResourceDescriptor<VolumeType>(Service, "volume type", "types", Json.VolumeType, t => t.Id, t => t.Name)
            {
                Singular = "volume_type", Plural = "volume_types", NameFilter = NameFilter.Local,
            };

        /// <summary>Cinder's services (admin): listed only, found by host.</summary>
        public static readonly ResourceDescriptor<VolumeService> Services =
            new ResourceDescriptor<VolumeService>(Service, "volume service", "os-services", Json.VolumeService, s => s.Binary + "@" + s.Host, s => s.Host)
            {
                Plural = "services", NameFilter = NameFilter.Local, IdsAreUuids = false, Update = UpdateStyle.None,
            };
    }
}
