using System;
using System.Collections.Generic;
using System.Linq;
using OpenStack.Client.Core;

namespace OpenStack.Client.Quotas
{
    /// <summary>One quota of one service: its limit (-1: none) and, when usage was asked for, what is in use and reserved.</summary>
    public sealed class QuotaItem
    {
        public QuotaItem(string service, string resource, long limit, long? inUse = null, long? reserved = null)
        {
            Service = service; Resource = resource; Limit = limit; InUse = inUse; Reserved = reserved;
        }

        /// <summary>The service that enforces it: compute, block-storage or network.</summary>
        public string Service { get; }
        /// <summary>The service's own key: instances, gigabytes, gigabytes_&lt;volume type&gt;, floatingip...</summary>
        public string Resource { get; }
        public long Limit { get; }
        public long? InUse { get; }
        public long? Reserved { get; }
        /// <summary>True when the limit is -1 (no limit).</summary>
        public bool Unlimited => Limit < 0;

        public override string ToString() => Resource + " " + (Unlimited ? "unlimited" : Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A quota with a name of its own: the friendly name, the service that enforces it, and its key there.</summary>
    public sealed class QuotaKey
    {
        internal QuotaKey(string name, string service, string key) { Name = name; Service = service; Key = key; }
        public string Name { get; }
        public string Service { get; }
        public string Key { get; }

        /// <summary>The quotas every Nova, Cinder and Neutron has, by the names QuotaSet and Set-OSQuota give them.</summary>
        public static readonly IReadOnlyList<QuotaKey> Known = new[]
        {
            new QuotaKey("Instances", ServiceTypes.Compute, "instances"),
            new QuotaKey("Cores", ServiceTypes.Compute, "cores"),
            new QuotaKey("Ram", ServiceTypes.Compute, "ram"),
            new QuotaKey("KeyPairs", ServiceTypes.Compute, "key_pairs"),
            new QuotaKey("ServerGroups", ServiceTypes.Compute, "server_groups"),
            new QuotaKey("ServerGroupMembers", ServiceTypes.Compute, "server_group_members"),
            new QuotaKey("MetadataItems", ServiceTypes.Compute, "metadata_items"),
            new QuotaKey("Volumes", ServiceTypes.BlockStorage, "volumes"),
            new QuotaKey("Gigabytes", ServiceTypes.BlockStorage, "gigabytes"),
            new QuotaKey("Snapshots", ServiceTypes.BlockStorage, "snapshots"),
            new QuotaKey("Backups", ServiceTypes.BlockStorage, "backups"),
            new QuotaKey("BackupGigabytes", ServiceTypes.BlockStorage, "backup_gigabytes"),
            new QuotaKey("PerVolumeGigabytes", ServiceTypes.BlockStorage, "per_volume_gigabytes"),
            new QuotaKey("VolumeGroups", ServiceTypes.BlockStorage, "groups"),
            new QuotaKey("Networks", ServiceTypes.Network, "network"),
            new QuotaKey("Subnets", ServiceTypes.Network, "subnet"),
            new QuotaKey("SubnetPools", ServiceTypes.Network, "subnetpool"),
            new QuotaKey("Ports", ServiceTypes.Network, "port"),
            new QuotaKey("Routers", ServiceTypes.Network, "router"),
            new QuotaKey("FloatingIPs", ServiceTypes.Network, "floatingip"),
            new QuotaKey("SecurityGroups", ServiceTypes.Network, "security_group"),
            new QuotaKey("SecurityGroupRules", ServiceTypes.Network, "security_group_rule"),
            new QuotaKey("RbacPolicies", ServiceTypes.Network, "rbac_policy"),
        };

        /// <summary>A name (Instances) or a service key (instances, floatingip), any case; null when neither.</summary>
        public static QuotaKey? Find(string nameOrKey) =>
            Known.FirstOrDefault(k => string.Equals(k.Name, nameOrKey, StringComparison.OrdinalIgnoreCase)) ??
            Known.FirstOrDefault(k => string.Equals(k.Key, nameOrKey, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The quotas of one project across Nova, Cinder and Neutron: a property per common quota (the limit, null when its
    /// service is not in the catalog) for scripts, and every quota, per-volume-type ones included, as <see cref="Items"/> rows
    /// with what is in use and reserved, for reading.
    /// </summary>
    public sealed class QuotaSet
    {
        public QuotaSet(string projectId, string? projectName, IEnumerable<QuotaItem> items, bool isDefault = false)
        {
            ProjectId = projectId; ProjectName = projectName; Items = items.ToList(); IsDefault = isDefault;
        }

        public string ProjectId { get; }
        public string? ProjectName { get; }
        /// <summary>These are the cloud's defaults (Get-OSQuota -Default), not the project's own values.</summary>
        public bool IsDefault { get; }
        public IReadOnlyList<QuotaItem> Items { get; }

        /// <summary>The quota of a service under its key (instances, gigabytes_lvmdriver-1), or null.</summary>
        public QuotaItem? Item(string service, string key) =>
            Items.FirstOrDefault(i => i.Service == service && string.Equals(i.Resource, key, StringComparison.OrdinalIgnoreCase));

        private long? Limit(string name)
        {
            var k = QuotaKey.Find(name)!;
            return Item(k.Service, k.Key)?.Limit;
        }

        public long? Instances => Limit(nameof(Instances));
        public long? Cores => Limit(nameof(Cores));
        /// <summary>RAM in MiB.</summary>
        public long? Ram => Limit(nameof(Ram));
        public long? KeyPairs => Limit(nameof(KeyPairs));
        public long? ServerGroups => Limit(nameof(ServerGroups));
        public long? ServerGroupMembers => Limit(nameof(ServerGroupMembers));
        public long? MetadataItems => Limit(nameof(MetadataItems));
        public long? Volumes => Limit(nameof(Volumes));
        public long? Gigabytes => Limit(nameof(Gigabytes));
        public long? Snapshots => Limit(nameof(Snapshots));
        public long? Backups => Limit(nameof(Backups));
        public long? BackupGigabytes => Limit(nameof(BackupGigabytes));
        public long? PerVolumeGigabytes => Limit(nameof(PerVolumeGigabytes));
        public long? VolumeGroups => Limit(nameof(VolumeGroups));
        public long? Networks => Limit(nameof(Networks));
        public long? Subnets => Limit(nameof(Subnets));
        public long? SubnetPools => Limit(nameof(SubnetPools));
        public long? Ports => Limit(nameof(Ports));
        public long? Routers => Limit(nameof(Routers));
        public long? FloatingIPs => Limit(nameof(FloatingIPs));
        public long? SecurityGroups => Limit(nameof(SecurityGroups));
        public long? SecurityGroupRules => Limit(nameof(SecurityGroupRules));
        public long? RbacPolicies => Limit(nameof(RbacPolicies));

        /// <summary>The per-volume-type quotas (volumes_&lt;type&gt;, gigabytes_&lt;type&gt;, snapshots_&lt;type&gt;).</summary>
        public IReadOnlyList<QuotaItem> VolumeTypeItems =>
            Items.Where(i => i.Service == ServiceTypes.BlockStorage && i.Resource.IndexOf('_') > 0 && IsPerType(i.Resource)).ToList();

        internal static bool IsPerType(string key) =>
            key.StartsWith("volumes_", StringComparison.Ordinal) || key.StartsWith("snapshots_", StringComparison.Ordinal) ||
            (key.StartsWith("gigabytes_", StringComparison.Ordinal));

        public override string ToString() => ProjectName ?? ProjectId;
    }

    /// <summary>One line of the caller's absolute limits (Nova's and Cinder's GET /limits): maxTotalInstances, totalCoresUsed...</summary>
    public sealed class AbsoluteLimit
    {
        public AbsoluteLimit(string service, string name, long value) { Service = service; Name = name; Value = value; }
        public string Service { get; }
        public string Name { get; }
        public long Value { get; }
        public override string ToString() => Name + " " + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
