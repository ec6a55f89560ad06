using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Tests;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Many small records for paging tests: the rules of the demo project's security group "paging-fixture" (one per
    /// TCP port), made in one bulk request and removed again by the test (<see cref="Remove"/>): Neutron embeds a group's
    /// rules in every listing of groups, so while it stays every Get-OSSecurityGroup of the project reads 2,002 rules.
    /// </summary>
    public static class PagingFixture
    {
        public const string GroupName = "paging-fixture";
        private const string Neutron = "http://127.0.0.1:9696/v2.0";
        private static readonly SemaphoreSlim Gate = new SemaphoreSlim(1, 1);

        /// <summary>Makes sure the group holds <paramref name="count"/> ingress rules (ports 1..count) besides Neutron's
        /// two default egress rules; returns the number of rules in the group.</summary>
        public static int EnsureRules(int count)
        {
            Gate.Wait();
            try { return EnsureRulesAsync(count).GetAwaiter().GetResult(); }
            finally { Gate.Release(); }
        }

        private static async Task<int> EnsureRulesAsync(int count)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Add("X-Auth-Token", TestCloud.IssueDemoToken());
            using var groups = JsonDocument.Parse(await http.GetStringAsync(Neutron + "/security-groups?name=" + GroupName));
            var found = groups.RootElement.GetProperty("security_groups").EnumerateArray().ToList();
            string id;
            if (found.Count == 0)
            {
                using var created = await http.PostAsync(Neutron + "/security-groups",
                    new StringContent("{\"security_group\":{\"name\":\"" + GroupName + "\"}}", Encoding.UTF8, "application/json"));
                created.EnsureSuccessStatusCode();
                using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
                id = doc.RootElement.GetProperty("security_group").GetProperty("id").GetString()!;
            }
            else id = found[0].GetProperty("id").GetString()!;

            using var rules = JsonDocument.Parse(await http.GetStringAsync(Neutron + "/security-group-rules?fields=port_range_min&direction=ingress&security_group_id=" + id));
            var have = rules.RootElement.GetProperty("security_group_rules").EnumerateArray()
                .Select(r => r.GetProperty("port_range_min").ValueKind == JsonValueKind.Number ? r.GetProperty("port_range_min").GetInt32() : 0).ToHashSet();
            var missing = Enumerable.Range(1, count).Where(p => !have.Contains(p)).ToList();
            if (missing.Count > 0)
            {
                await AllowManyRulesAsync();
                var body = "{\"security_group_rules\":[" + string.Join(",", missing.Select(p =>
                    "{\"security_group_id\":\"" + id + "\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"ethertype\":\"IPv4\",\"port_range_min\":" + p +
                    ",\"port_range_max\":" + p + ",\"remote_ip_prefix\":\"10.0.0.0/8\"}")) + "]}";
                using var r = await http.PostAsync(Neutron + "/security-group-rules", new StringContent(body, Encoding.UTF8, "application/json"));
                if (!r.IsSuccessStatusCode) throw new InvalidOperationException("Neutron refused the fixture rules: " + (int)r.StatusCode + " " + await r.Content.ReadAsStringAsync());
            }
            using var all = JsonDocument.Parse(await http.GetStringAsync(Neutron + "/security-group-rules?fields=id&security_group_id=" + id));
            return all.RootElement.GetProperty("security_group_rules").GetArrayLength();
        }

        /// <summary>Deletes the group, and with it its rules (Neutron deletes them together).</summary>
        public static void Remove()
        {
            Gate.Wait();
            try { RemoveAsync().GetAwaiter().GetResult(); }
            finally { Gate.Release(); }
        }

        private static async Task RemoveAsync()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Add("X-Auth-Token", TestCloud.IssueDemoToken());
            using var groups = JsonDocument.Parse(await http.GetStringAsync(Neutron + "/security-groups?fields=id&name=" + GroupName));
            foreach (var g in groups.RootElement.GetProperty("security_groups").EnumerateArray())
            {
                using var r = await http.DeleteAsync(Neutron + "/security-groups/" + g.GetProperty("id").GetString());
                if (!r.IsSuccessStatusCode && r.StatusCode != System.Net.HttpStatusCode.NotFound)
                    throw new InvalidOperationException("Neutron kept the fixture group: " + (int)r.StatusCode + " " + await r.Content.ReadAsStringAsync());
            }
        }

        /// <summary>The demo project's rule quota (100 by default) lifted, as an administrator.</summary>
        private static async Task AllowManyRulesAsync()
        {
            using var http = new HttpClient();
            var body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\",\"domain\":{\"name\":\"Default\"},\"password\":\"" +
                       TestCloud.Password(TestCloud.Admin) + "\"}}},\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"name\":\"Default\"}}}}}";
            using var auth = await http.PostAsync(TestCloud.AuthUrl.TrimEnd('/') + "/auth/tokens", new StringContent(body, Encoding.UTF8, "application/json"));
            auth.EnsureSuccessStatusCode();
            var token = string.Join("", auth.Headers.GetValues("X-Subject-Token"));
            http.DefaultRequestHeaders.Add("X-Auth-Token", token);
            using var projects = JsonDocument.Parse(await http.GetStringAsync(TestCloud.AuthUrl.TrimEnd('/') + "/projects?name=demo"));
            var demo = projects.RootElement.GetProperty("projects")[0].GetProperty("id").GetString();
            using var r = await http.PutAsync(Neutron + "/quotas/" + demo, new StringContent("{\"quota\":{\"security_group_rule\":-1}}", Encoding.UTF8, "application/json"));
            r.EnsureSuccessStatusCode();
        }

        /// <summary>Revokes a token at Keystone (a token may revoke itself).</summary>
        public static async Task RevokeAsync(string token)
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Delete, TestCloud.AuthUrl.TrimEnd('/') + "/auth/tokens");
            request.Headers.Add("X-Auth-Token", token);
            request.Headers.Add("X-Subject-Token", token);
            using var r = await http.SendAsync(request);
            r.EnsureSuccessStatusCode();
        }
    }
}
