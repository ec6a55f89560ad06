using System.Linq;
using System.Text.Json;
using OpenStack.Client.Compute;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Nova's own response bodies, at several microversions.</summary>
    public class ComputeParsingTests
    {
        /// <summary>Through the descriptor, as the client reads a GET: {"server": {...}}.</summary>
        private static Server ServerFrom(string sample) => ServerFromJson(Samples.Read(sample));

        private static Server ServerFromJson(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return ResourceClient.Read(ComputeResources.Servers, doc, "GET", "servers/x");
        }

        [Theory]
        [InlineData("compute/servers/server-get-resp.json")]
        [InlineData("compute/servers-v2.3/server-get-resp.json")]
        [InlineData("compute/servers-v2.16/server-get-resp.json")]
        [InlineData("compute/servers-v2.47/server-get-resp.json")]
        [InlineData("compute/servers-v2.90/server-get-resp.json")]
        public void Server_at_each_microversion(string sample)
        {
            var s = ServerFrom(sample);
            Assert.False(string.IsNullOrEmpty(s.Id));
            Assert.Equal("new-server-test", s.Name);
            Assert.Equal("ACTIVE", s.Status);
            Assert.Equal("RUNNING", s.PowerState);
            Assert.Contains(s.AvailabilityZone, new[] { "nova", "us-west" });
            Assert.Equal("192.168.1.30", Assert.Single(s.IPv4));
            Assert.Equal("fixed", s.Addresses!["private"][0].Type);
            Assert.Equal("Apache1", s.Metadata!["My Server Name"]);
            Assert.Equal("default", s.SecurityGroups!.Single().Name);
            Assert.NotNull(s.Image);
            Assert.InRange(s.Created!.Value.Year, 2013, 2017);
            Assert.NotNull(s.ExtensionData);
            Assert.True(s.ExtensionData!.ContainsKey("links"));
        }

        [Fact]
        public void Flavor_is_an_id_before_2_47_and_embedded_after()
        {
            Assert.Equal("1", ServerFrom("compute/servers/server-get-resp.json").Flavor!.Id);
            var embedded = ServerFrom("compute/servers-v2.47/server-get-resp.json").Flavor!;
            Assert.Null(embedded.Id);
            Assert.Equal("m1.tiny.specs", embedded.OriginalName);
            Assert.Equal(512, embedded.Ram);
            Assert.Equal("m1.tiny.specs", embedded.ToString());
        }

        [Fact]
        public void Newer_fields_are_null_on_older_microversions()
        {
            var old = ServerFrom("compute/servers/server-get-resp.json");
            Assert.Null(old.Description);
            Assert.Null(old.Tags);
            Assert.Null(old.Locked);
            var v290 = ServerFrom("compute/servers-v2.90/server-get-resp.json");
            Assert.False(v290.Locked);
            Assert.NotNull(v290.Tags);
            Assert.Equal(2, v290.AttachedVolumes!.Count);
            Assert.Equal(false, v290.AttachedVolumes[0].DeleteOnTermination);
            Assert.Equal("custom-hostname", v290.ExtensionData!["OS-EXT-SRV-ATTR:hostname"].GetString());
        }

        [Theory]
        [InlineData("compute/servers/servers-details-resp.json")]
        [InlineData("compute/servers-v2.90/servers-details-resp.json")]
        public void Server_lists_and_their_links(string sample)
        {
            using var doc = JsonDocument.Parse(Samples.Read(sample));
            var servers = doc.RootElement.GetProperty("servers").EnumerateArray().Select(e => e.Deserialize(OpenStackJsonContext.Default.Server)!).ToList();
            Assert.NotEmpty(servers);
            Assert.NotNull(OpenStack.Client.Paging.Pager.NextLink(doc.RootElement, "servers"));
        }

        [Fact]
        public void Error_server_carries_its_fault()
        {
            const string json = "{\"server\":{\"id\":\"c1\",\"name\":\"broken\",\"status\":\"ERROR\",\"OS-EXT-STS:power_state\":0," +
                "\"fault\":{\"code\":500,\"created\":\"2026-11-22T10:00:00Z\",\"message\":\"No valid host was found. There are not enough hosts available.\"}," +
                "\"image\":\"\",\"OS-SRV-USG:launched_at\":\"2013-09-23T13:37:00.880302\"}}";
            var s = ServerFromJson(json);
            Assert.Equal("NOSTATE", s.PowerState);
            Assert.Equal(500, s.Fault!.Code);
            Assert.StartsWith("No valid host", s.Fault.Message);
            Assert.Null(s.Image);
        }

        [Theory]
        [InlineData("compute/flavors/flavors-detail-resp.json")]
        [InlineData("compute/flavors-v2.61/flavors-detail-resp.json")]
        [InlineData("compute/flavors-v2.75/flavors-detail-resp.json")]
        public void Flavors_with_swap_as_empty_string_or_number(string sample)
        {
            using var doc = JsonDocument.Parse(Samples.Read(sample));
            var flavors = doc.RootElement.GetProperty("flavors").EnumerateArray().Select(e => e.Deserialize(OpenStackJsonContext.Default.Flavor)!).ToList();
            var tiny = flavors.Single(f => f.Name == "m1.tiny");
            Assert.Equal(512, tiny.Ram);
            Assert.Equal(1, tiny.Disk);
            Assert.Equal(1, tiny.Vcpus);
            Assert.Equal(0, tiny.Swap);
            Assert.True(tiny.IsPublic);
        }

        [Fact]
        public void Create_body_resolves_networks_user_data_and_boot_volume()
        {
            var o = new ServerCreateOptions { Name = "web1", ImageId = "img", FlavorId = "2", KeyName = "k", UserData = "#!/bin/sh\necho hi\n", BootVolumeSize = 20 };
            o.NetworkIds.Add("net1");
            o.SecurityGroups.Add("web");
            o.Metadata["role"] = "web";
            var body = JsonDocument.Parse(ComputeClient.CreateBody(o)).RootElement.GetProperty("server");
            Assert.Equal("net1", body.GetProperty("networks")[0].GetProperty("uuid").GetString());
            Assert.Equal("IyEvYmluL3NoCmVjaG8gaGkK", body.GetProperty("user_data").GetString());
            Assert.False(body.TryGetProperty("imageRef", out _));
            var bdm = body.GetProperty("block_device_mapping_v2")[0];
            Assert.Equal(20, bdm.GetProperty("volume_size").GetInt32());
            Assert.Equal("image", bdm.GetProperty("source_type").GetString());
            Assert.Equal("web", body.GetProperty("metadata").GetProperty("role").GetString());
            var auto = JsonDocument.Parse(ComputeClient.CreateBody(new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1" })).RootElement.GetProperty("server");
            Assert.Equal("auto", auto.GetProperty("networks").GetString());
        }

        [Fact]
        public void No_network_and_ports()
        {
            var none = new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1", NoNetwork = true };
            Assert.Equal("none", JsonDocument.Parse(ComputeClient.CreateBody(none)).RootElement.GetProperty("server").GetProperty("networks").GetString());
            none.PortIds.Add("p1");
            Assert.Throws<System.ArgumentException>(() => ComputeClient.CreateBody(none));
            var port = new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1", Count = 3 };
            port.PortIds.Add("p1");
            var body = JsonDocument.Parse(ComputeClient.CreateBody(port)).RootElement.GetProperty("server");
            Assert.Equal("p1", body.GetProperty("networks")[0].GetProperty("port").GetString());
            Assert.Equal(3, body.GetProperty("min_count").GetInt32());
            Assert.True(body.GetProperty("return_reservation_id").GetBoolean());
            var single = JsonDocument.Parse(ComputeClient.CreateBody(new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1" })).RootElement.GetProperty("server");
            Assert.False(single.TryGetProperty("return_reservation_id", out _));
            Assert.False(single.TryGetProperty("min_count", out _));
        }

        [Fact]
        public void User_data_over_the_limit_is_refused_before_sending()
        {
            var ex = Assert.Throws<System.ArgumentException>(() => ServerCreateOptions.EncodeUserData(new string('x', 50_000)));
            Assert.Contains("66,668 bytes", ex.Message);
            Assert.Contains("65,535", ex.Message);
            Assert.Equal(65_532, ServerCreateOptions.EncodeUserData(new string('x', 49_149)).Length);
            // Bytes go as they are: 0x1f 0x8b (a gzip header) is not re-encoded as UTF-8 text.
            var gzip = new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0xff };
            var body = new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1", UserDataBytes = gzip }.ToJson();
            Assert.Equal(System.Convert.ToBase64String(gzip), body["user_data"]!.GetValue<string>());
        }

        [Fact]
        public async System.Threading.Tasks.Task Server_groups_at_2_64_and_before()
        {
            using var doc = JsonDocument.Parse(Samples.Read("compute/os-server-groups-v2.64/server-groups-get-resp.json"));
            var g = ResourceClient.Read(ComputeResources.ServerGroups, doc, "GET", "os-server-groups/x");
            Assert.Equal("anti-affinity", g.Policy);
            Assert.Equal(3, g.MaxServerPerHost);
            Assert.Empty(g.Members!);
            // Before 2.64 the policy is the only item of "policies"; the list is read through the descriptor's keys.
            var stub = new StubTransport();
            stub.Handler = r => System.Threading.Tasks.Task.FromResult(StubTransport.Json(200, Samples.Read("compute/os-server-groups/server-groups-list-resp.json")));
            using var s = await stub.ConnectAsync();
            var listed = await new ResourceClient(s).ListAsync(ComputeResources.ServerGroups).ToListAsync();
            Assert.Equal("anti-affinity", Assert.Single(listed).Policy);
            Assert.Null(listed[0].MaxServerPerHost);
        }

        [Fact]
        public void A_server_group_rule_needs_the_anti_affinity_policy()
        {
            Assert.Throws<System.ArgumentException>(() => new ServerGroupCreateOptions { Name = "g", Policy = "affinity", MaxServerPerHost = 2 }.ToJson());
            Assert.Equal("{\"name\":\"g\",\"policy\":\"anti-affinity\",\"rules\":{\"max_server_per_host\":2}}",
                new ServerGroupCreateOptions { Name = "g", MaxServerPerHost = 2 }.ToJson().ToJsonString());
        }

        /// <summary>A generated pair's private key is read into a read-only SecureString, not kept as text anywhere on the model.</summary>
        [Fact]
        public void A_generated_keypairs_private_key_is_a_read_only_SecureString()
        {
            using var doc = JsonDocument.Parse(Samples.Read("compute/os-keypairs-v2.35/keypairs-post-resp.json"));
            var k = ResourceClient.Read(ComputeResources.Keypairs, doc, "POST", "os-keypairs");
            Assert.Equal("ssh", k.Type);
            Assert.NotNull(k.PrivateKey);
            Assert.True(k.PrivateKey!.IsReadOnly());
            Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----", new System.Net.NetworkCredential("", k.PrivateKey).Password);
            Assert.Null(k.ExtensionData?.Keys.FirstOrDefault(key => key == "private_key"));
            var written = JsonSerializer.Serialize(k, OpenStackJsonContext.Default.Keypair);
            Assert.DoesNotContain("PRIVATE KEY", written);
            Assert.Contains("\"private_key\":\"***\"", written);
        }

        /// <summary>An image with extra mappings: the image leads as the local root mapping, unless a given mapping boots first; a boot volume is unchanged.</summary>
        [Fact]
        public void An_image_with_block_device_mappings_leads_with_the_image_as_root()
        {
            static JsonElement Bdm(ServerCreateOptions o) => JsonDocument.Parse(ComputeClient.CreateBody(o)).RootElement.GetProperty("server").GetProperty("block_device_mapping_v2");
            var extra = new ServerCreateOptions { Name = "a", ImageId = "img", FlavorId = "1" };
            extra.BlockDeviceMappings.Add(new System.Collections.Generic.Dictionary<string, object?> { ["uuid"] = "img2", ["source_type"] = "image", ["destination_type"] = "volume", ["volume_size"] = 1 });
            var bdm = Bdm(extra);
            Assert.Equal(2, bdm.GetArrayLength());
            Assert.Equal(0, bdm[0].GetProperty("boot_index").GetInt32());
            Assert.Equal("img", bdm[0].GetProperty("uuid").GetString());
            Assert.Equal("local", bdm[0].GetProperty("destination_type").GetString());
            Assert.True(bdm[0].GetProperty("delete_on_termination").GetBoolean());
            Assert.Equal("img2", bdm[1].GetProperty("uuid").GetString());

            var ownRoot = new ServerCreateOptions { Name = "a", ImageId = "img", FlavorId = "1" };
            ownRoot.BlockDeviceMappings.Add(new System.Collections.Generic.Dictionary<string, object?> { ["uuid"] = "vol", ["source_type"] = "volume", ["destination_type"] = "volume", ["boot_index"] = "0" });
            Assert.Equal("vol", Assert.Single(Bdm(ownRoot).EnumerateArray()).GetProperty("uuid").GetString());

            var fromVolume = new ServerCreateOptions { Name = "a", ImageId = "img", FlavorId = "1", BootVolumeSize = 5 };
            fromVolume.BlockDeviceMappings.Add(new System.Collections.Generic.Dictionary<string, object?> { ["uuid"] = "img2", ["source_type"] = "image", ["destination_type"] = "volume", ["volume_size"] = 1 });
            var fv = Bdm(fromVolume);
            Assert.Equal(2, fv.GetArrayLength());
            Assert.Equal("volume", fv[0].GetProperty("destination_type").GetString());
            Assert.Equal(5, fv[0].GetProperty("volume_size").GetInt32());
        }
    }
}
