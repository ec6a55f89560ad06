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
        private static async Task<List<string>> ListNames(string cloud, string service, string path, string key, int pageSize)
        {
            using var s = await Cloud.ConnectAsync(cloud);
            var names = new List<string>();
            await foreach (var e in Pager.ListElementsAsync(s, service, path, key, pageSize))
                names.Add(e.GetProperty("name").GetString() ?? "");
            return names;
        }

        [Fact]
        public async Task Nova_flavors_page_by_page()
        {
            var names = await ListNames(TestCloud.Demo, "compute", "flavors", "flavors", 2);
            foreach (var f in new[] { "m1.nano", "m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge" }) Assert.Contains(f, names);
            Assert.Equal(names.Count, names.Distinct().Count());
        }

        [Fact]
        public async Task Neutron_networks_page_by_page()
        {
            var names = await ListNames(TestCloud.Admin, "network", "networks", "networks", 1);
            Assert.Contains("public", names);
            Assert.Contains("private", names);
            Assert.Equal(names.Count, names.Distinct().Count());
        }

        [Fact]
        public async Task Glance_images_page_by_page()
        {
            var names = await ListNames(TestCloud.Demo, "image", "images", "images", 1);
            Assert.Contains("testcloud-image", names);
            Assert.Equal(names.Count, names.Distinct().Count());
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
