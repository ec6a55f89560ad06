using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Network
{
    /// <summary>A set of prefixes that subnets take their CIDRs from (subnet_allocation).</summary>
    public sealed class SubnetPool
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("prefixes")] public List<string>? Prefixes { get; set; }
        // Early Neutron releases sent the lengths as strings.
        [JsonPropertyName("default_prefixlen")] [JsonConverter(typeof(LenientIntConverter))] public int DefaultPrefixLength { get; set; }
        [JsonPropertyName("min_prefixlen")] [JsonConverter(typeof(LenientIntConverter))] public int MinPrefixLength { get; set; }
        [JsonPropertyName("max_prefixlen")] [JsonConverter(typeof(LenientIntConverter))] public int MaxPrefixLength { get; set; }
        [JsonPropertyName("ip_version")] public int IpVersion { get; set; }
        [JsonPropertyName("shared")] public bool Shared { get; set; }
        /// <summary>The pool subnets of its IP version take addresses from when they name no pool and no CIDR.</summary>
        [JsonPropertyName("is_default")] public bool IsDefault { get; set; }
        [JsonPropertyName("address_scope_id")] public string? AddressScopeId { get; set; }
        [JsonPropertyName("default_quota")] public int? DefaultQuota { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("created_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Created { get; set; }
        [JsonPropertyName("updated_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : Name!;
    }

    /// <summary>A new subnet pool: its prefixes (one IP version) and the prefix lengths subnets may take from it.</summary>
    public sealed class SubnetPoolOptions : NeutronOptions
    {
        public List<string>? Prefixes { get; set; }
        public int? DefaultPrefixLength { get; set; }
        public int? MinPrefixLength { get; set; }
        public int? MaxPrefixLength { get; set; }
        public bool? Shared { get; set; }
        public bool? IsDefault { get; set; }

        protected override void Validate()
        {
            var prefixes = Prefixes?.Select(p => IpPrefix.Parse(p, "pool prefix")).ToList();
            if (prefixes == null || prefixes.Count == 0) throw new ArgumentException("A subnet pool needs at least one prefix, e.g. 10.0.0.0/16.");
            if (prefixes.Select(p => p.Version).Distinct().Count() > 1) throw new ArgumentException("A subnet pool's prefixes are all IPv4 or all IPv6.");
            var max = prefixes[0].Version == 6 ? 128 : 32;
            foreach (var (value, what) in new[] { (MinPrefixLength, "minimum"), (DefaultPrefixLength, "default"), (MaxPrefixLength, "maximum") })
                if (value.HasValue && (value < 0 || value > max))
                    throw new ArgumentException("The " + what + " prefix length " + value + " is not from 0 to " + max + ".");
            if (MinPrefixLength > MaxPrefixLength) throw new ArgumentException("The minimum prefix length " + MinPrefixLength + " is above the maximum " + MaxPrefixLength + ".");
            if (DefaultPrefixLength < MinPrefixLength || DefaultPrefixLength > MaxPrefixLength)
                throw new ArgumentException("The default prefix length " + DefaultPrefixLength + " is outside " + MinPrefixLength + " to " + MaxPrefixLength + ".");
        }

        protected override void WriteOwn(JsonObject o)
        {
            if (Prefixes != null) o["prefixes"] = Strings(Prefixes);
            Put(o, "default_prefixlen", DefaultPrefixLength);
            Put(o, "min_prefixlen", MinPrefixLength);
            Put(o, "max_prefixlen", MaxPrefixLength);
            Put(o, "shared", Shared);
            Put(o, "is_default", IsDefault);
        }
    }
}
