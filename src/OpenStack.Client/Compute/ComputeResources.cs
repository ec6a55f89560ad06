using System;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>Nova's resources (compute v2.1).</summary>
    public static class ComputeResources
    {
        private const string Service = ServiceTypes.Compute;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        /// <summary>Nova matches names as regular expressions; the create answer holds only the id, links and admin password.</summary>
        public static readonly ResourceDescriptor<Server> Servers =
            new ResourceDescriptor<Server>(Service, "server", "servers", Json.Server, s => s.Id, s => s.Name)
            {
                ListPath = "servers/detail", Singular = "server", NameFilter = NameFilter.Regex, CreateAnswersPartially = true,
                // Gone means 404; Nova shows DELETED for a while first. SOFT_DELETED is final where soft delete is on.
                Status = new StatusRule<Server>(WaitStatus) { Reason = s => s.Fault?.Message, ReasonLag = TimeSpan.FromSeconds(1.5), DeletedTargets = new[] { "SOFT_DELETED" } },
                // changes-since lists deleted servers too, as DELETED: a GET tells whether one is gone yet (404).
                Changes = new ChangeListing(t => new Query().Add("changes-since", ChangeListing.Iso(t))) { ReadAgain = new[] { "DELETED" } },
            };

        /// <summary>
        /// What a wait on a server compares. Nova keeps an errored server's ERROR while it deletes it (task "deleting") and
        /// clears the task if that deletion fails: "ERROR (deleting)" is therefore no failure yet, where plain ERROR is.
        /// </summary>
        internal static string? WaitStatus(Server s) =>
            string.Equals(s.Status, "ERROR", StringComparison.OrdinalIgnoreCase) && string.Equals(s.TaskState, "deleting", StringComparison.OrdinalIgnoreCase)
                ? s.Status + " (deleting)" : s.Status;

        /// <summary>Flavor ids are free text ("1", "m1.small"); Nova has no name filter, and finding one looks at private flavors too.</summary>
        public static readonly ResourceDescriptor<Flavor> Flavors =
            new ResourceDescriptor<Flavor>(Service, "flavor", "flavors", Json.Flavor, f => f.Id, f => f.Name)
            {
                ListPath = "flavors/detail", Singular = "flavor", NameFilter = NameFilter.Local, IdsAreUuids = false,
                FindFilters = new[] { ("is_public", "None") }, Update = UpdateStyle.None,
            };

        /// <summary>A keypair's name is its id; Nova wraps each listed one: {"keypairs": [{"keypair": {...}}]}.</summary>
        public static readonly ResourceDescriptor<Keypair> Keypairs =
            new ResourceDescriptor<Keypair>(Service, "keypair", "os-keypairs", Json.Keypair, k => k.Name, k => k.Name)
            {
                Singular = "keypair", Plural = "keypairs", ListItemKey = "keypair", NameIsId = true, NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };

        /// <summary>Nova has no name filter for server groups: names are matched here.</summary>
        public static readonly ResourceDescriptor<ServerGroup> ServerGroups =
            new ResourceDescriptor<ServerGroup>(Service, "server group", "os-server-groups", Json.ServerGroup, g => g.Id, g => g.Name)
            {
                Singular = "server_group", Plural = "server_groups", NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };

        /// <summary>The volumes of one server (use <c>VolumeAttachments.Under(serverId)</c>); an attachment's id is its volume's.</summary>
        public static readonly ResourceDescriptor<VolumeAttachment> VolumeAttachments =
            new ResourceDescriptor<VolumeAttachment>(Service, "volume attachment", "servers/{parent}/os-volume_attachments", Json.VolumeAttachment,
                a => a.VolumeId, a => a.Device)
            {
                Singular = "volumeAttachment", Plural = "volumeAttachments", NameFilter = NameFilter.Local,
            };

        /// <summary>A server's actions (use <c>ServerEvents.Under(serverId)</c>), found by request id; lists hold no steps, one read does.</summary>
        public static readonly ResourceDescriptor<ServerEvent> ServerEvents =
            new ResourceDescriptor<ServerEvent>(Service, "server event", "servers/{parent}/os-instance-actions", Json.ServerEvent, e => e.RequestId, e => e.Action)
            {
                Singular = "instanceAction", Plural = "instanceActions", IdsAreUuids = false, NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };

        /// <summary>A server's network interfaces (use <c>ServerInterfaces.Under(serverId)</c>); an interface's id is its port's.</summary>
        public static readonly ResourceDescriptor<ServerInterface> ServerInterfaces =
            new ResourceDescriptor<ServerInterface>(Service, "server interface", "servers/{parent}/os-interface", Json.ServerInterface, i => i.PortId, i => i.PortId)
            {
                Singular = "interfaceAttachment", Plural = "interfaceAttachments", NameFilter = NameFilter.Local, Update = UpdateStyle.None,
            };
    }
}
