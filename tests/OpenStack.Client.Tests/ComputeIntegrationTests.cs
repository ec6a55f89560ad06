using System;
using System.Linq;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>ComputeClient on its own, against the local cloud's Nova (fake driver).</summary>
    public sealed class ComputeIntegrationTests
    {
        private static readonly WaitOptions Active = new WaitOptions("ACTIVE") { Timeout = TimeSpan.FromMinutes(5), Interval = TimeSpan.FromSeconds(1) };
        private static readonly WaitOptions Gone = new WaitOptions() { GoneIsSuccess = true, Timeout = TimeSpan.FromMinutes(5), Interval = TimeSpan.FromSeconds(1) };

        private static async Task<ServerCreateOptions> Options(OpenStackSession s, string name, int count = 1)
        {
            var compute = new ComputeClient(s);
            var resources = new ResourceClient(s);
            return new ServerCreateOptions
            {
                Name = name,
                Count = count,
                NoNetwork = true,
                FlavorId = (await new ResourceClient(s).FindAsync(ComputeResources.Flavors, "m1.nano")).Id,
                ImageId = (await new ResourceClient(s).FindAsync(ImageResources.Images, "testcloud-image")).Id,
            };
        }

        [Fact]
        public async Task A_server_boots_stops_starts_and_is_deleted()
        {
            using var s = await Cloud.ConnectAsync();
            var compute = new ComputeClient(s);
            var resources = new ResourceClient(s);
            var name = TestCloud.UniqueName("ci-vm");
            var created = await compute.CreateServerAsync(await Options(s, name));
            try
            {
                Assert.Equal(name, created.Name);
                Assert.Equal("ACTIVE", (await resources.WaitAsync(ComputeResources.Servers, created.Id, Active))!.Status);
                Assert.Equal(created.Id, (await resources.FindAsync(ComputeResources.Servers, name)).Id);

                await compute.StopServerAsync(created.Id);
                Assert.Equal("SHUTOFF", (await resources.WaitAsync(ComputeResources.Servers, created.Id, new WaitOptions("SHUTOFF") { Interval = TimeSpan.FromSeconds(1) }))!.Status);
                await compute.StartServerAsync(created.Id);
                Assert.Equal("ACTIVE", (await resources.WaitAsync(ComputeResources.Servers, created.Id, Active))!.Status);
            }
            finally
            {
                await resources.DeleteAsync(ComputeResources.Servers, created.Id);
            }
            Assert.Null(await resources.WaitAsync(ComputeResources.Servers, created.Id, Gone));
            await Assert.ThrowsAsync<NotFoundException>(() => resources.DeleteAsync(ComputeResources.Servers, created.Id));
        }

        [Fact]
        public async Task A_batch_is_found_by_its_reservation_and_waited_for_with_one_list_per_poll()
        {
            using var s = await Cloud.ConnectAsync();
            var compute = new ComputeClient(s);
            var resources = new ResourceClient(s);
            var name = TestCloud.UniqueName("ci-batch");
            var reservation = await compute.CreateServerBatchAsync(await Options(s, name, 3));
            try
            {
                Assert.StartsWith("r-", reservation);
                var polls = 0;
                var wait = new WaitOptions("ACTIVE") { Timeout = TimeSpan.FromMinutes(5), Interval = TimeSpan.FromSeconds(1), Progress = (_, _) => polls++ };
                var servers = await compute.WaitForReservationAsync(reservation, 3, wait);
                Assert.Equal(3, servers.Count);
                Assert.All(servers, v => Assert.Equal("ACTIVE", v.Status));
                Assert.All(servers, v => Assert.Null(ComputeClient.FailureOf(v, wait)));
                // Nova names a batch name-1, name-2, name-3.
                Assert.Equal(new[] { name + "-1", name + "-2", name + "-3" }, servers.Select(v => v.Name).OrderBy(n => n));
                Assert.True(polls >= 1);

                // Two servers share the base name pattern but none is named exactly that: not found, not ambiguous.
                await Assert.ThrowsAsync<NotFoundException>(() => resources.FindAsync(ComputeResources.Servers, name));
            }
            finally
            {
                foreach (var v in await compute.ListReservationAsync(reservation)) await resources.DeleteAsync(ComputeResources.Servers, v.Id);
            }
        }

        [Fact]
        public async Task Two_servers_with_one_name_are_ambiguous()
        {
            using var s = await Cloud.ConnectAsync();
            var compute = new ComputeClient(s);
            var resources = new ResourceClient(s);
            var name = TestCloud.UniqueName("ci-twin");
            var a = await compute.CreateServerAsync(await Options(s, name));
            var b = await compute.CreateServerAsync(await Options(s, name));
            try
            {
                var ex = await Assert.ThrowsAsync<AmbiguousNameException>(() => resources.FindAsync(ComputeResources.Servers, name));
                Assert.Equal(new[] { a.Id, b.Id }.OrderBy(i => i), ex.CandidateIds.OrderBy(i => i));
            }
            finally
            {
                await resources.DeleteAsync(ComputeResources.Servers, a.Id);
                await resources.DeleteAsync(ComputeResources.Servers, b.Id);
            }
        }

        [Fact]
        public async Task Keypairs_are_imported_read_and_deleted()
        {
            using var s = await Cloud.ConnectAsync();
            var compute = new ComputeClient(s);
            var resources = new ResourceClient(s);
            var name = TestCloud.UniqueName("ci-key");
            const string key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv ci key";
            var created = await compute.CreateKeypairAsync(name, key);
            try
            {
                Assert.Equal(name, created.Name);
                Assert.Matches("^[0-9a-f]{2}(:[0-9a-f]{2}){15}$", created.Fingerprint);
                Assert.Contains(await resources.ListAsync(ComputeResources.Keypairs).ToListAsync(), k => k.Name == name);
                Assert.Equal(key, (await resources.GetAsync(ComputeResources.Keypairs, name))!.PublicKey);
            }
            finally
            {
                await resources.DeleteAsync(ComputeResources.Keypairs, name);
            }
            Assert.Null(await resources.GetAsync(ComputeResources.Keypairs, name));
        }
    }
}
