using System;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.ContainerInfra
{
    /// <summary>
    /// Magnum's resources (container-infra v1): bare objects identified by "uuid", no name filter (names are matched
    /// here), changes as JSON patches.
    /// </summary>
    public static class ContainerInfraResources
    {
        private const string Service = ServiceTypes.ContainerInfra;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        public static readonly ResourceDescriptor<ClusterTemplate> ClusterTemplates =
            new ResourceDescriptor<ClusterTemplate>(Service, "cluster template", "clustertemplates", Json.ClusterTemplate, t => t.Uuid, t => t.Name)
            {
                NameFilter = NameFilter.Local, Update = UpdateStyle.JsonPatch,
            };

        /// <summary>
        /// Lists hold a summary (addresses and labels need a GET); the create answer is the uuid alone. A wait follows
        /// *_IN_PROGRESS and any *_FAILED ends it with Magnum's status_reason; a cluster that failed to build is deleted
        /// all the same, so only DELETE_FAILED ends a wait for its deletion.
        /// </summary>
        public static readonly ResourceDescriptor<Cluster> Clusters =
            new ResourceDescriptor<Cluster>(Service, "cluster", "clusters", Json.Cluster, c => c.Uuid, c => c.Name)
            {
                NameFilter = NameFilter.Local, Update = UpdateStyle.JsonPatch, ListsSummaries = true, CreateAnswersPartially = true,
                Status = new StatusRule<Cluster>(c => c.Status)
                {
                    Reason = c => c.StatusReason, DeleteFailures = new[] { "DELETE_FAILED" }, DeleteFailureSuffix = null,
                    Interval = TimeSpan.FromSeconds(5), DeletionInterval = TimeSpan.FromSeconds(3), DeletionStartsLate = true,
                    // While a cluster is deleted, Magnum removes its node groups first; until the cluster goes too, its
                    // master_count (the sum over them) is 0 and the API refuses to show it: "Invalid input for field/attribute
                    // master_count. Value: '0'" (HTTP 400).
                    Unreadable = ex => ex is BadRequestException && ex.Message.IndexOf("master_count", StringComparison.Ordinal) >= 0,
                },
            };

        /// <summary>The node groups of one cluster: <c>NodeGroups.Under(clusterUuid)</c>.</summary>
        public static readonly ResourceDescriptor<NodeGroup> NodeGroups =
            new ResourceDescriptor<NodeGroup>(Service, "node group", "clusters/{parent}/nodegroups", Json.NodeGroup, g => g.Uuid, g => g.Name)
            {
                NameFilter = NameFilter.Local, Update = UpdateStyle.JsonPatch, MinMicroversion = "1.9",
            };
    }
}
