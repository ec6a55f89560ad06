using System;
using System.Text.Json.Serialization.Metadata;
using OpenStack.Client.Core;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Resources
{
    /// <summary>How a service finds a resource by name.</summary>
    public enum NameFilter
    {
        /// <summary>The list takes <c>?{NameField}=value</c> and matches it exactly (Neutron, Cinder, Glance).</summary>
        Exact,
        /// <summary>The list takes a regular expression (Nova's servers): <c>^escaped$</c>.</summary>
        Regex,
        /// <summary>No name filter: the whole list is read and names are matched here (flavors, Magnum).</summary>
        Local,
    }

    /// <summary>How changes to a resource are sent.</summary>
    public enum UpdateStyle
    {
        /// <summary>PUT {path}/{id} with the changed attributes, wrapped like the resource.</summary>
        Put,
        /// <summary>PATCH {path}/{id} with a JSON patch (Glance, Magnum).</summary>
        JsonPatch,
        /// <summary>PATCH {path}/{id} with the changed attributes, wrapped like the resource (Keystone).</summary>
        Patch,
        /// <summary>The service has no update for it.</summary>
        None,
    }

    /// <summary>
    /// What one kind of resource is, declared once (as openstacksdk's resource classes do): where it lives, how its
    /// bodies are wrapped, what identifies and names it, how it changes and which statuses end a wait. The one
    /// <see cref="ResourceClient"/> serves every descriptor; a service client adds only what is truly its own.
    /// </summary>
    public sealed class ResourceDescriptor<T> where T : class
    {
        /// <param name="serviceType">The catalog's service type.</param>
        /// <param name="kind">What messages call it: "security group".</param>
        /// <param name="path">The collection, relative to the endpoint; "{parent}" stands for a parent's id (<see cref="Under"/>).</param>
        public ResourceDescriptor(string serviceType, string kind, string path, JsonTypeInfo<T> type, Func<T, string> idOf, Func<T, string?> nameOf)
        {
            ServiceType = serviceType; Kind = kind; Path = path; Type = type; IdOf = idOf; NameOf = nameOf;
            var last = path.Substring(path.LastIndexOf('/') + 1);
            Plural = last.Replace('-', '_');
            KindPlural = kind + "s";
        }

        public string ServiceType { get; }
        public string Kind { get; }
        /// <summary>What messages call several: "security groups".</summary>
        public string KindPlural { get; init; }
        public string Path { get; }
        public JsonTypeInfo<T> Type { get; }
        public Func<T, string> IdOf { get; }
        public Func<T, string?> NameOf { get; }

        /// <summary>What lists are read from when it differs from <see cref="Path"/>: "servers/detail".</summary>
        public string? ListPath { get; init; }
        /// <summary>The key of a single item's body ({"server": {...}}); null where the service sends the bare object (Glance, Magnum).</summary>
        public string? Singular { get; init; }
        /// <summary>The key of a list's array ("servers"); by default the last segment of <see cref="Path"/>.</summary>
        public string Plural { get; init; }
        /// <summary>Where each listed item is itself wrapped (Nova's keypairs: {"keypairs": [{"keypair": {...}}]}).</summary>
        public string? ListItemKey { get; init; }
        /// <summary>The query field names are filtered by ("name"; a floating IP's address).</summary>
        public string NameField { get; init; } = "name";
        public NameFilter NameFilter { get; init; } = NameFilter.Exact;
        /// <summary>Filters always sent when looking for a name (flavors: private ones too).</summary>
        public (string Field, string Value)[] FindFilters { get; init; } = Array.Empty<(string, string)>();
        /// <summary>
        /// Ids are UUIDs, so a value of another shape is only ever a name and is not asked for by id. False where ids
        /// are free text (flavors: "1", "m1.small").
        /// </summary>
        public bool IdsAreUuids { get; init; } = true;
        /// <summary>With ids that are not UUIDs: whether a value has an id's shape (Nova's aggregates: integers), or null for any text.</summary>
        public Func<string, bool>? IdShape { get; init; }
        /// <summary>The name is the id (keypairs): found with one GET, never by listing.</summary>
        public bool NameIsId { get; init; }
        /// <summary>Lists hold only a summary (Magnum's clusters): what is found by name is read again in full.</summary>
        public bool ListsSummaries { get; init; }
        /// <summary>The create answer is partial (Nova: id and links; Magnum: the uuid): the new resource is read back.</summary>
        public bool CreateAnswersPartially { get; init; }
        public UpdateStyle Update { get; init; } = UpdateStyle.Put;
        /// <summary>Media type of a JSON patch, where the service wants its own (Glance).</summary>
        public string PatchContentType { get; init; } = "application/json";
        /// <summary>The service microversion the resource first appeared in, or null: older clouds are told so before any request.</summary>
        public string? MinMicroversion { get; init; }
        /// <summary>Status facts for waiting; null for resources without a status.</summary>
        public StatusRule<T>? Status { get; init; }
        /// <summary>How one listing shows which resources changed since a time, so waits on many ask once per poll; null: one GET each.</summary>
        public ChangeListing? Changes { get; init; }

        public string ListFrom => ListPath ?? Path;

        /// <summary>The same resource under one parent: "servers/{parent}/os-volume_attachments" for one server.</summary>
        public ResourceDescriptor<T> Under(string parentId) => new ResourceDescriptor<T>(ServiceType, Kind, Fill(Path, parentId), Type, IdOf, NameOf)
        {
            ListPath = ListPath == null ? null : Fill(ListPath, parentId), KindPlural = KindPlural, Singular = Singular, Plural = Plural, ListItemKey = ListItemKey,
            NameField = NameField, NameFilter = NameFilter, FindFilters = FindFilters, IdsAreUuids = IdsAreUuids, IdShape = IdShape, NameIsId = NameIsId, ListsSummaries = ListsSummaries,
            CreateAnswersPartially = CreateAnswersPartially, MinMicroversion = MinMicroversion, Update = Update, PatchContentType = PatchContentType, Status = Status,
            // A listing of the collection says nothing of one parent's items.
            Changes = null,
        };

        private static string Fill(string path, string parentId) => path.Replace("{parent}", Uri.EscapeDataString(parentId));

        /// <summary>Options for waiting until one of <paramref name="targets"/>, failing at once on the resource's failure statuses.</summary>
        public WaitOptions WaitFor(params string[] targets)
        {
            var rule = StatusRule;
            return new WaitOptions(targets) { Failures = rule.Failures, FailureSuffix = rule.FailureSuffix, Interval = rule.Interval };
        }

        /// <summary>Options for waiting until the resource is gone (404), failing at once on its deletion failures.</summary>
        public WaitOptions WaitForDeletion()
        {
            var rule = StatusRule;
            return new WaitOptions(rule.DeletedTargets)
            {
                GoneIsSuccess = true, Failures = rule.DeleteFailures, FailureSuffix = rule.DeleteFailureSuffix, Interval = rule.DeletionInterval ?? rule.Interval,
            };
        }

        private StatusRule<T> StatusRule => Status ?? throw new InvalidOperationException("A " + Kind + " has no status to wait for.");

        public override string ToString() => Kind;
    }

    /// <summary>A resource's status: where to read it, which statuses are failures, and the service's reason for one.</summary>
    public sealed class StatusRule<T> where T : class
    {
        public StatusRule(Func<T, string?> read) { Read = read; }

        public Func<T, string?> Read { get; }
        /// <summary>The service's own reason for a failure (a server's fault, a cluster's status_reason).</summary>
        public Func<T, string?> Reason { get; init; } = _ => null;
        /// <summary>
        /// Where the service sets the failure status before it records the reason (Nova saves ERROR, then the fault): a
        /// failure seen without a reason is read once more after this long. Null: the reason comes with the status.
        /// </summary>
        public TimeSpan? ReasonLag { get; init; }
        /// <summary>Statuses that end a wait for a target with an error.</summary>
        public string[] Failures { get; init; } = WaitOptions.DefaultFailures;
        /// <summary>Any status ending so is a failure too; null for none.</summary>
        public string? FailureSuffix { get; init; } = "_FAILED";
        /// <summary>Statuses that end a wait for deletion with an error (a resource in error may still be deleted).</summary>
        public string[] DeleteFailures { get; init; } = WaitOptions.DefaultFailures;
        public string? DeleteFailureSuffix { get; init; } = "_FAILED";
        /// <summary>Statuses that count as deleted while the resource still answers (Nova's SOFT_DELETED).</summary>
        public string[] DeletedTargets { get; init; } = Array.Empty<string>();
        public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(2);
        /// <summary>
        /// The service answers a DELETE before it moves the status off an earlier failure (Magnum's conductor takes a
        /// DELETE_FAILED cluster to DELETE_IN_PROGRESS later): a wait for a deletion reads the status first, and that failure
        /// does not end the wait until it changes (<see cref="Waiting.WaitOptions.FailureBefore"/>).
        /// </summary>
        public bool DeletionStartsLate { get; init; }
        /// <summary>How often a deletion is polled, where it differs from <see cref="Interval"/>.</summary>
        public TimeSpan? DeletionInterval { get; init; }
        /// <summary>
        /// An error a service answers for a moment as the resource changes (not a failure): a wait's poll asks again, up to
        /// <see cref="UnreadableAttempts"/> times, <see cref="UnreadablePause"/> apart.
        /// </summary>
        public Func<OpenStackException, bool>? Unreadable { get; init; }
        internal const int UnreadableAttempts = 10;
        internal static readonly TimeSpan UnreadablePause = TimeSpan.FromSeconds(1);
    }
}
