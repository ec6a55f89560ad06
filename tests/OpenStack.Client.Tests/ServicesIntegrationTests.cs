using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Paging;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Endpoints, microversions and paging against the local cloud's real services.</summary>
    public class ServicesIntegrationTests
    {
        /// <summary>Names and ids of a listing read one item per page: no id may come twice (names may: the admin sees every project's).</summary>
        private static async Task<(List<string> Names, List<string> Ids)> List(string cloud, string service, string path, string key, int pageSize)
        {
            using var s = await Cloud.ConnectAsync(cloud);
            var names = new List<string>();
            var ids = new List<string>();
            await foreach (var e in Pager.ListElementsAsync(s, service, path, key, pageSize))
            {
                names.Add(e.GetProperty("name").GetString() ?? "");
                ids.Add(e.GetProperty("id").GetString() ?? "");
            }
            return (names, ids);
        }

        [Fact]
        public async Task Nova_flavors_page_by_page()
        {
            var (names, ids) = await List(TestCloud.Demo, "compute", "flavors", "flavors", 2);
            foreach (var f in new[] { "m1.nano", "m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge" }) Assert.Contains(f, names);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public async Task Neutron_networks_page_by_page()
        {
            var (names, ids) = await List(TestCloud.Admin, "network", "networks", "networks", 1);
            Assert.Contains("public", names);
            Assert.Contains("private", names);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public async Task Glance_images_page_by_page()
        {
            var (names, ids) = await List(TestCloud.Demo, "image", "images", "images", 1);
            Assert.Contains("testcloud-image", names);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public async Task Microversions_are_negotiated_per_service()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            Assert.Equal("2.90", (await s.GetMicroversionAsync("compute", CancellationToken.None)).ToString());
            Assert.Equal("3.70", (await s.GetMicroversionAsync("volumev3", CancellationToken.None)).ToString());
            Assert.NotNull(await s.GetMicroversionAsync("container-infra", CancellationToken.None));
            Assert.NotNull(await s.GetMicroversionAsync("placement", CancellationToken.None));
            Assert.Null(await s.GetMicroversionAsync("network", CancellationToken.None));
            Assert.Equal("2.90", s.Microversions["compute"]);
        }
    }
}
