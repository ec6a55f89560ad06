using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Quotas;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Quota sets of each service's shape, and Nova's usage pages added up per project.</summary>
    public class QuotaAndUsageTests
    {
        [Fact]
        public void Quota_sets_of_Nova_Cinder_and_Neutron_read_as_rows_with_use()
        {
            using var nova = JsonDocument.Parse("{\"id\":\"p\",\"instances\":{\"limit\":10,\"in_use\":2,\"reserved\":1},\"cores\":{\"limit\":-1,\"in_use\":4,\"reserved\":0}}");
            using var cinder = JsonDocument.Parse("{\"id\":\"p\",\"gigabytes\":100,\"gigabytes_lvmdriver-1\":-1}");
            using var neutron = JsonDocument.Parse("{\"port\":{\"limit\":50,\"used\":3,\"reserved\":0},\"floatingip\":{\"limit\":5,\"used\":0,\"reserved\":0}}");
            var items = QuotaClient.Parse(ServiceTypes.Compute, nova.RootElement)
                .Concat(QuotaClient.Parse(ServiceTypes.BlockStorage, cinder.RootElement))
                .Concat(QuotaClient.Parse(ServiceTypes.Network, neutron.RootElement)).ToList();
            var set = new QuotaSet("p", "web", items);
            Assert.Equal((10L, -1L, 100L, 50L, 5L), (set.Instances!.Value, set.Cores!.Value, set.Gigabytes!.Value, set.Ports!.Value, set.FloatingIPs!.Value));
            Assert.Null(set.Networks);
            Assert.Equal("10/2/1", string.Join("/", items[0].Limit, items[0].InUse, items[0].Reserved));
            Assert.Equal(3, set.Item(ServiceTypes.Network, "port")!.InUse);
            Assert.Null(set.Item(ServiceTypes.BlockStorage, "gigabytes")!.InUse);
            Assert.Equal("gigabytes_lvmdriver-1", Assert.Single(set.VolumeTypeItems).Resource);
            Assert.DoesNotContain(items, i => i.Resource == "id");
        }

        [Fact]
        public void Quota_names_and_keys_find_the_same_quota()
        {
            Assert.Same(QuotaKey.Find("FloatingIPs"), QuotaKey.Find("floatingip"));
            Assert.Equal(ServiceTypes.BlockStorage, QuotaKey.Find("gigabytes")!.Service);
            Assert.Null(QuotaKey.Find("gigabytes_lvmdriver-1"));
            Assert.Throws<ArgumentException>(() => QuotaClient.CheckLimit("instances", -2));
        }

        [Fact]
        public async Task Usage_pages_are_followed_and_a_projects_parts_added_up()
        {
            // Nova pages the servers behind the sums (2.40+): project b's servers span the two pages.
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker=s3")
                ? "{\"tenant_usages\":[" + Usage("b", 2.0, "s4") + "]}"
                : "{\"tenant_usages\":[" + Usage("a", 1.0, "s1", "s2") + "," + Usage("b", 0.5, "s3") + "]," +
                  "\"tenant_usages_links\":[{\"rel\":\"next\",\"href\":\"http://elsewhere/v2.1/os-simple-tenant-usage?detailed=1&marker=s3\"}]}"));
            using var s = await stub.ConnectAsync();
            var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
            var list = new List<TenantUsage>();
            await foreach (var u in new ComputeClient(s).GetUsageAsync(null, start, start.AddDays(30), true)) list.Add(u);
            Assert.Equal(new[] { "a", "b" }, list.Select(u => u.ProjectId));
            Assert.Equal(2.5, list[1].ServerHours);
            Assert.Equal(new[] { "s3", "s4" }, list[1].Servers!.Select(x => x.Id));
            Assert.Equal(2.5 * 512 / 1024, list[1].RamGBHours);
            var calls = stub.CallList();
            Assert.Contains("GET /compute/v2.1/os-simple-tenant-usage?start=2026-11-01T00%3A00%3A00.000000&end=2026-12-01T00%3A00%3A00.000000&detailed=1", calls);
            Assert.Contains("GET /compute/v2.1/os-simple-tenant-usage?detailed=1&marker=s3", calls);
        }

        [Fact]
        public async Task A_period_that_ends_before_it_starts_is_refused_before_any_request()
        {
            var stub = new StubTransport();
            using var s = await stub.ConnectAsync();
            var now = DateTimeOffset.UtcNow;
            await Assert.ThrowsAsync<ArgumentException>(async () => { await foreach (var _ in new ComputeClient(s).GetUsageAsync("p", now, now.AddHours(-1), false)) { } });
            Assert.DoesNotContain(stub.CallList(), c => c.Contains("os-simple-tenant-usage"));
        }

        private static string Usage(string project, double hours, params string[] servers) =>
            "{\"tenant_id\":\"" + project + "\",\"total_hours\":" + hours + ",\"total_vcpus_usage\":" + hours + ",\"total_memory_mb_usage\":" + (hours * 512) +
            ",\"total_local_gb_usage\":" + hours + ",\"start\":\"2026-11-01T00:00:00.000000\",\"stop\":\"2026-12-01T00:00:00.000000\",\"server_usages\":[" +
            string.Join(",", servers.Select(id => "{\"instance_id\":\"" + id + "\",\"name\":\"" + id + "\",\"hours\":1.0,\"vcpus\":1,\"memory_mb\":512,\"local_gb\":1,\"state\":\"active\",\"started_at\":\"2026-11-02T00:00:00.000000\",\"ended_at\":null,\"uptime\":3600,\"flavor\":\"m1.tiny\",\"tenant_id\":\"" + project + "\"}")) + "]}";
    }
}
