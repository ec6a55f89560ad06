using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NetworkModel = OpenStack.Client.Network.Network;
using OpenStack.Client.Core;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>NetworkClient on its own, against the local cloud's Neutron.</summary>
    public sealed class NetworkIntegrationTests
    {
        private static readonly ResourceDescriptor<NetworkModel> Networks = NetworkResources.Networks;

        [Fact]
        public async Task Network_subnet_router_and_port_round_trip()
        {
            using var s = await Cloud.ConnectAsync();
            var client = new ResourceClient(s);
            var network = new NetworkClient(s);
            var name = TestCloud.UniqueName("ci-net");
            var net = await client.CreateAsync(Networks, new NetworkOptions { Name = name, Description = "first" }.ToJson());
            try
            {
                Assert.Equal(name, net.Name);
                Assert.Equal(net.Id, (await client.FindAsync(Networks, name)).Id);
                var updated = await client.UpdateAsync(Networks, net.Id, new NetworkOptions { Description = "second" }.ToJson());
                Assert.Equal("second", updated.Description);
                Assert.Equal(name, updated.Name);

                var subnet = await client.CreateAsync(NetworkResources.Subnets,
                    new SubnetOptions { NetworkId = net.Id, Cidr = "10.99.0.0/24", Name = name }.ToJson());
                Assert.Equal("10.99.0.1", subnet.GatewayIp);
                var port = await client.CreateAsync(NetworkResources.Ports, new PortOptions
                {
                    NetworkId = net.Id, Name = name, FixedIps = new List<FixedIp> { new FixedIp { SubnetId = subnet.Id, IpAddress = "10.99.0.42" } },
                }.ToJson());
                Assert.Equal(new[] { "10.99.0.42" }, port.IpAddresses);
                var listed = new List<Port>();
                await foreach (var p in client.ListAsync(NetworkResources.Ports, new Query().Add("network_id", net.Id), pageSize: 1)) listed.Add(p);
                Assert.Equal(port.Id, Assert.Single(listed).Id);

                var router = await client.CreateAsync(NetworkResources.Routers, new RouterOptions { Name = name }.ToJson());
                var added = await network.AddRouterInterfaceAsync(router.Id, subnet.Id, null);
                Assert.Equal(subnet.Id, added.SubnetId);
                await Assert.ThrowsAsync<ConflictException>(() => client.DeleteAsync(NetworkResources.Routers, router.Id));
                await network.RemoveRouterInterfaceAsync(router.Id, subnet.Id, null);
                await client.DeleteAsync(NetworkResources.Routers, router.Id);
                await client.DeleteAsync(NetworkResources.Ports, port.Id);
                Assert.Null(await client.GetAsync(NetworkResources.Ports, port.Id));
            }
            finally
            {
                await client.DeleteAsync(Networks, net.Id);
            }
            await Assert.ThrowsAsync<NotFoundException>(() => client.FindAsync(Networks, name));
        }

        [Fact]
        public async Task Duplicate_names_are_ambiguous_and_an_unknown_server_has_no_port()
        {
            using var s = await Cloud.ConnectAsync();
            var client = new ResourceClient(s);
            var network = new NetworkClient(s);
            var name = TestCloud.UniqueName("ci-dup");
            var a = await client.CreateAsync(Networks, new NetworkOptions { Name = name }.ToJson());
            var b = await client.CreateAsync(Networks, new NetworkOptions { Name = name }.ToJson());
            try
            {
                var ex = await Assert.ThrowsAsync<AmbiguousNameException>(() => client.FindAsync(Networks, name));
                Assert.Equal(new[] { a.Id, b.Id }.OrderBy(i => i), ex.CandidateIds.OrderBy(i => i));
                Assert.Equal(a.Id, (await client.FindAsync(Networks, a.Id)).Id);
            }
            finally
            {
                await client.DeleteAsync(Networks, a.Id);
                await client.DeleteAsync(Networks, b.Id);
            }
            await Assert.ThrowsAsync<NotFoundException>(() => network.FindServerPortAsync(Guid.NewGuid().ToString(), null));
        }
    }
}
