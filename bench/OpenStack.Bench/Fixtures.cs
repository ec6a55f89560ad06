using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Bench
{
    /// <summary>
    /// Large records other runs left on the cloud, reported before the timing: Neutron embeds a group's rules in every
    /// listing of groups, and an admin's port listing reads every project's ports, so such fixtures slow the rows and a
    /// user's first steps alike.
    /// </summary>
    internal static class Fixtures
    {
        /// <summary>Security groups and networks holding at least this many rules or ports count as fixtures.</summary>
        private const int Large = 500;

        public static async Task<string> ReportAsync(CloudConfig config)
        {
            using var raw = new RawHttp(config);
            await raw.AuthenticateAsync();
            var network = raw.Endpoint("network") + "/v2.0";
            var found = new List<string>();
            using (var rules = await raw.GetAsync(network + "/security-group-rules?fields=security_group_id"))
                foreach (var (group, count) in CountBy(rules, "security_group_rules", "security_group_id"))
                    using (var g = await raw.GetAsync(network + "/security-groups/" + group + "?fields=name&fields=project_id"))
                    {
                        var sg = g.RootElement.GetProperty("security_group");
                        found.Add("security group " + sg.GetProperty("name").GetString() + " (" + count + " rules, project " + sg.GetProperty("project_id").GetString() + ")");
                    }
            using (var ports = await raw.GetAsync(network + "/ports?fields=network_id"))
                foreach (var (net, count) in CountBy(ports, "ports", "network_id"))
                    using (var n = await raw.GetAsync(network + "/networks/" + net + "?fields=name"))
                        found.Add("network " + n.RootElement.GetProperty("network").GetProperty("name").GetString() + " (" + count + " ports)");
            return found.Count == 0 ? "no large fixtures on the cloud" : "large fixtures on the cloud during this run: " + string.Join("; ", found);
        }

        private static IEnumerable<(string Key, int Count)> CountBy(JsonDocument doc, string plural, string field) =>
            doc.RootElement.GetProperty(plural).EnumerateArray()
                .Select(e => e.GetProperty(field).GetString() ?? "")
                .GroupBy(k => k, StringComparer.Ordinal)
                .Where(g => g.Count() >= Large)
                .Select(g => (g.Key, g.Count()))
                .ToList();
    }
}
