using System.Linq;
using System.Text.Json;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Image;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Cinder's and Glance's own response bodies.</summary>
    public class StorageParsingTests
    {
        [Fact]
        public void Cinder_volume_with_string_booleans_and_tenant_attribute()
        {
            using var doc = JsonDocument.Parse(Samples.Read("block-storage/volume-show-response.json"));
            var v = ResourceClient.Read(BlockStorageResources.Volumes, doc, "GET", "volumes/x");
            Assert.False(string.IsNullOrEmpty(v.Id));
            Assert.False(v.Bootable);
            Assert.Equal("nova", v.AvailabilityZone);
            Assert.True(v.Size > 0);
            Assert.NotNull(v.Status);
            Assert.NotNull(v.ExtensionData);
        }

        [Fact]
        public void Cinder_volume_list()
        {
            using var doc = JsonDocument.Parse(Samples.Read("block-storage/volumes-list-detailed-response.json"));
            var volumes = doc.RootElement.GetProperty("volumes").EnumerateArray().Select(e => e.Deserialize(OpenStackJsonContext.Default.Volume)!).ToList();
            Assert.NotEmpty(volumes);
            Assert.All(volumes, v => Assert.False(string.IsNullOrEmpty(v.Id)));
        }

        [Fact]
        public void Cinder_snapshot_and_types()
        {
            using var snap = JsonDocument.Parse(Samples.Read("block-storage/snapshot-show-response.json"));
            var s = snap.RootElement.GetProperty("snapshot").Deserialize(OpenStackJsonContext.Default.VolumeSnapshot)!;
            Assert.False(string.IsNullOrEmpty(s.VolumeId));
            Assert.True(s.Size > 0);
            using var types = JsonDocument.Parse(Samples.Read("block-storage/volume-types-list-response.json"));
            var t = types.RootElement.GetProperty("volume_types").EnumerateArray().Select(e => e.Deserialize(OpenStackJsonContext.Default.VolumeType)!).ToList();
            Assert.NotEmpty(t);
            Assert.All(t, x => Assert.False(string.IsNullOrEmpty(x.Name)));
        }

        [Fact]
        public void Cinder_bootable_as_bool_or_string()
        {
            Assert.True(JsonSerializer.Deserialize("{\"id\":\"v\",\"bootable\":\"true\"}", OpenStackJsonContext.Default.Volume)!.Bootable);
            Assert.True(JsonSerializer.Deserialize("{\"id\":\"v\",\"bootable\":true}", OpenStackJsonContext.Default.Volume)!.Bootable);
            Assert.False(JsonSerializer.Deserialize("{\"id\":\"v\",\"bootable\":\"False\"}", OpenStackJsonContext.Default.Volume)!.Bootable);
        }

        [Fact]
        public void Glance_image_keeps_custom_properties_apart_from_its_own_fields()
        {
            var json = Samples.Read("image/image-show-response.json").TrimEnd().TrimEnd('}') + ", \"os_distro\": \"cirros\", \"hw_disk_bus\": \"scsi\"}";
            var i = JsonSerializer.Deserialize(json, OpenStackJsonContext.Default.Image)!;
            Assert.Equal("cirros-0.3.2-x86_64-disk", i.Name);
            Assert.Equal("active", i.Status);
            Assert.Equal(13167616, i.Size);
            Assert.Equal("sha512", i.OsHashAlgo);
            Assert.Equal("64d7c1cd2b6f60c92c14662941cb7913", i.Checksum);
            Assert.Equal("cirros", i.Properties["os_distro"]);
            Assert.Equal("scsi", i.Properties["hw_disk_bus"]);
            Assert.False(i.Properties.ContainsKey("self"));
            Assert.False(i.Properties.ContainsKey("file"));
            Assert.Equal(2014, i.Created!.Value.Year);
        }

        [Fact]
        public void Glance_list_and_its_next_link()
        {
            using var doc = JsonDocument.Parse(Samples.Read("image/images-list-response.json"));
            var images = doc.RootElement.GetProperty("images").EnumerateArray().Select(e => e.Deserialize(OpenStackJsonContext.Default.Image)!).ToList();
            Assert.NotEmpty(images);
            Assert.Equal(doc.RootElement.TryGetProperty("next", out var n) ? n.GetString() : null, OpenStack.Client.Paging.Pager.NextLink(doc.RootElement, "images"));
        }

        [Theory]
        [InlineData("sha512", "abc", null, "SHA512")]
        [InlineData("sha256", "abc", "md5", "SHA256")]
        [InlineData(null, null, "d41d8cd98f00b204e9800998ecf8427e", "MD5")]
        public void Download_verifies_the_strongest_hash_glance_has(string? algo, string? value, string? md5, string expected)
        {
            var (name, _) = ImageClient.ExpectedHash(new Image.Image { Id = "i", OsHashAlgo = algo, OsHashValue = value, Checksum = md5 });
            Assert.Equal(expected, name.Name);
        }

        [Fact]
        public void An_image_without_any_checksum_cannot_be_verified()
        {
            var ex = Assert.Throws<OpenStack.Client.Core.OpenStackException>(() => ImageClient.ExpectedHash(new Image.Image { Id = "i", Name = "empty", Status = "queued" }));
            Assert.Contains("no checksum", ex.Message);
        }

        [Fact]
        public void A_download_to_a_long_legal_name_gets_a_temporary_name_that_is_legal_too()
        {
            var longName = new string('a', 246) + ".qcow2";
            Assert.Equal(252, longName.Length);
            var temp = ImageClient.TemporaryName(longName);
            Assert.True(temp.Length <= 255, temp.Length.ToString());
            Assert.EndsWith(".partial", temp);
            Assert.StartsWith(".aaa", temp);
            Assert.Equal(".x.", ImageClient.TemporaryName("x").Substring(0, 3));
            // It can really be created where the target could.
            var dir = System.IO.Directory.CreateTempSubdirectory().FullName;
            try { System.IO.File.WriteAllText(System.IO.Path.Combine(dir, temp), ""); }
            finally { System.IO.Directory.Delete(dir, true); }
        }
    }
}
