using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Json;

namespace OpenStack.Client.Compute
{
    /// <summary>
    /// One project's use of Nova over a period (os-simple-tenant-usage): server hours, vCPU hours, RAM MiB-hours and
    /// disk GB-hours, summed over the servers that ran in it, and those servers when they were asked for.
    /// </summary>
    public sealed class TenantUsage
    {
        [JsonPropertyName("tenant_id")] public string ProjectId { get; set; } = "";
        [JsonPropertyName("total_hours")] public double ServerHours { get; set; }
        [JsonPropertyName("total_vcpus_usage")] public double VcpuHours { get; set; }
        [JsonPropertyName("total_memory_mb_usage")] public double RamMBHours { get; set; }
        [JsonPropertyName("total_local_gb_usage")] public double DiskGBHours { get; set; }
        [JsonPropertyName("start")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Start { get; set; }
        [JsonPropertyName("stop")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? Stop { get; set; }
        [JsonPropertyName("server_usages")] public List<ServerUsage>? Servers { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        /// <summary>The project's name, where Keystone told it (null when the caller may not read projects).</summary>
        [JsonIgnore] public string? ProjectName { get; set; }
        [JsonIgnore] public double RamGBHours => RamMBHours / 1024.0;
        /// <summary>How many servers ran in the period; null when the servers were not asked for.</summary>
        [JsonIgnore] public int? ServerCount => Servers?.Count;

        /// <summary>Adds another page's part of the same project (Nova pages by server, so a project may span pages).</summary>
        internal void Merge(TenantUsage more)
        {
            ServerHours += more.ServerHours;
            VcpuHours += more.VcpuHours;
            RamMBHours += more.RamMBHours;
            DiskGBHours += more.DiskGBHours;
            if (more.Servers != null) (Servers ??= new List<ServerUsage>()).AddRange(more.Servers);
        }

        public override string ToString() => ProjectName ?? ProjectId;
    }

    /// <summary>One server's use in a period (os-simple-tenant-usage with details).</summary>
    public sealed class ServerUsage
    {
        [JsonPropertyName("instance_id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("tenant_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("flavor")] public string? Flavor { get; set; }
        [JsonPropertyName("vcpus")] public int Vcpus { get; set; }
        [JsonPropertyName("memory_mb")] public long RamMB { get; set; }
        [JsonPropertyName("local_gb")] public long DiskGB { get; set; }
        /// <summary>Hours it ran within the period.</summary>
        [JsonPropertyName("hours")] public double Hours { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("started_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? StartedAt { get; set; }
        [JsonPropertyName("ended_at")] [JsonConverter(typeof(UtcDateTimeOffsetConverter))] public DateTimeOffset? EndedAt { get; set; }
        /// <summary>Seconds since it started (or between start and end, once ended).</summary>
        [JsonPropertyName("uptime")] public long Uptime { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }

        public override string ToString() => Name ?? Id;
    }
}
