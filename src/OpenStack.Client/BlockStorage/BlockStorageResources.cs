using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

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
                // Time comparisons in filters came with 3.60. Cinder lists no deleted volume: one being deleted is looked
                // for among those still deleting.
                Changes = new ChangeListing(t => new Query().Add("updated_at", "gte:" + ChangeListing.Iso(t)))
                {
                    MinMicroversion = "3.60", MayVanishFrom = new[] { "deleting" }, Vanishing = new Query().Add("status", "deleting"),
                },
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
                // An admin's list holds only public types unless asked for all; for others Cinder lists the public ones
                // and the private ones their project may use, whatever is asked.
                FindFilters = new[] { ("is_public", "None") },
            };

        /// <summary>Cinder's services (admin): listed only, found by host.</summary>
        public static readonly ResourceDescriptor<VolumeService> Services =
            new ResourceDescriptor<VolumeService>(Service, "volume service", "os-services", Json.VolumeService, s => s.Binary + "@" + s.Host, s => s.Host)
            {
                Plural = "services", NameFilter = NameFilter.Local, IdsAreUuids = false, Update = UpdateStyle.None,
            };
        /// <summary>Volume backups (cinder-backup); a new one's answer holds only its id and name.</summary>
        public static readonly ResourceDescriptor<VolumeBackup> Backups =
            new ResourceDescriptor<VolumeBackup>(Service, "backup", "backups", Json.VolumeBackup, b => b.Id, b => b.Name)
            {
                ListPath = "backups/detail", Singular = "backup", CreateAnswersPartially = true, Update = UpdateStyle.Put,
                Status = new StatusRule<VolumeBackup>(b => b.Status)
                {
                    Reason = b => b.FailReason, Failures = new[] { "error", "error_deleting", "error_restoring" }, DeleteFailures = DeleteFailures,
                },
            };

        /// <summary>Volume transfers (the volume-transfers API of 3.55+, which can leave snapshots behind); found by name in the list.</summary>
        public static readonly ResourceDescriptor<VolumeTransfer> Transfers =
            new ResourceDescriptor<VolumeTransfer>(Service, "volume transfer", "volume-transfers", Json.VolumeTransfer, t => t.Id, t => t.Name)
            {
                ListPath = "volume-transfers/detail", Singular = "transfer", Plural = "transfers", NameFilter = NameFilter.Local,
                Update = UpdateStyle.None, MinMicroversion = "3.55",
            };

        /// <summary>The projects that may use one private volume type: <c>TypeAccess.Under(typeId)</c>.</summary>
        public static readonly ResourceDescriptor<VolumeTypeAccess> TypeAccess =
            new ResourceDescriptor<VolumeTypeAccess>(Service, "volume type access", "types/{parent}/os-volume-type-access", Json.VolumeTypeAccess,
                a => a.ProjectId, a => a.ProjectId)
            {
                Plural = "volume_type_access", NameFilter = NameFilter.Local, IdsAreUuids = false, Update = UpdateStyle.None,
            };

        /// <summary>QoS specifications (admin); Cinder changes their specs only, by keys (see BlockStorageClient).</summary>
        public static readonly ResourceDescriptor<VolumeQos> QosSpecs =
            new ResourceDescriptor<VolumeQos>(Service, "QoS specification", "qos-specs", Json.VolumeQos, q => q.Id, q => q.Name)
            {
                Singular = "qos_specs", Plural = "qos_specs", NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };

        /// <summary>The volume types one QoS specification applies to: <c>QosAssociations.Under(qosId)</c>.</summary>
        public static readonly ResourceDescriptor<VolumeQosAssociation> QosAssociations =
            new ResourceDescriptor<VolumeQosAssociation>(Service, "QoS association", "qos-specs/{parent}/associations", Json.VolumeQosAssociation,
                a => a.VolumeTypeId, a => a.VolumeTypeName ?? a.VolumeTypeId)
            {
                Plural = "qos_associations", NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };
    }
}
