using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Compute
{
    /// <summary>A server group: servers the scheduler places together (affinity) or apart (anti-affinity).</summary>
    public sealed class ServerGroup
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        /// <summary>2.64+; before that Nova sends <see cref="Policies"/>.</summary>
        [JsonPropertyName("policy")] public string? PolicyName { get; set; }
        [JsonPropertyName("policies")] public List<string>? Policies { get; set; }
        [JsonPropertyName("rules")] public Dictionary<string, JsonElement>? Rules { get; set; }
        /// <summary>The ids of the servers in the group.</summary>
        [JsonPropertyName("members")] public List<string>? Members { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>affinity, anti-affinity, soft-affinity or soft-anti-affinity, whatever the microversion.</summary>
        [JsonIgnore] public string? Policy => PolicyName ?? Policies?.FirstOrDefault();

        /// <summary>For anti-affinity: how many of the group's servers one host may take (2.64+).</summary>
        [JsonIgnore]
        public int? MaxServerPerHost => Rules != null && Rules.TryGetValue("max_server_per_host", out var v) && v.TryGetInt32(out var n) ? n : (int?)null;

        public override string ToString() => Name ?? Id;
    }

    /// <summary>A new server group (compute 2.64+: one policy and its rules).</summary>
    public sealed class ServerGroupCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string Policy { get; set; } = "anti-affinity";
        public int? MaxServerPerHost { get; set; }

        /// <summary>"policy" and "rules" replaced the "policies" list in 2.64.</summary>
        public override string? MinMicroversion => "2.64";

        protected override void Validate()
        {
            if (MaxServerPerHost.HasValue && Policy != "anti-affinity")
                throw new System.ArgumentException("A most-servers-per-host rule applies to the anti-affinity policy only (got " + Policy + ").");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            o["policy"] = Policy;
            if (MaxServerPerHost.HasValue) o["rules"] = new JsonObject { ["max_server_per_host"] = MaxServerPerHost.Value };
        }
    }
}
