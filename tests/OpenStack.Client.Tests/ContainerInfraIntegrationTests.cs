using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>ContainerInfraClient on its own, against the local cloud's Magnum API.</summary>
    public sealed class ContainerInfraIntegrationTests
    {
        [Fact]
        public async Task A_template_is_created_found_patched_and_deleted()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            var resources = new ResourceClient(s);
            // Magnum checks the image's os_distro: an image tagged as Fedora Atomic will do.
            var images = new ImageClient(s);
            var templates = ContainerInfraResources.ClusterTemplates;
            var imageOptions = new ImageCreateOptions { Name = TestCloud.UniqueName("ci-atomic") };
            imageOptions.Properties["os_distro"] = "fedora-atomic";
            var image = await resources.CreateAsync(ImageResources.Images, imageOptions.ToJson());
            await images.UploadAsync(image.Id, new System.IO.MemoryStream(new byte[4096]), 4096, null);
            var name = TestCloud.UniqueName("ci-tpl");
            var options = new ClusterTemplateCreateOptions
            {
                Name = name, Coe = "kubernetes", ImageId = image.Id, ExternalNetworkId = (await resources.FindAsync(NetworkResources.Networks, "public")).Id,
                FlavorId = (await resources.FindAsync(ComputeResources.Flavors, "m1.small")).Id, NetworkDriver = "flannel",
            };
            options.Labels["backend"] = "vxlan";
            var created = await resources.CreateAsync(templates, options.ToJson());
            try
            {
                Assert.Equal(name, created.Name);
                Assert.Equal(created.Uuid, (await resources.FindAsync(templates, name)).Uuid);
                var patched = await resources.PatchAsync(templates, created.Uuid, ContainerInfraClient.TemplatePatch(new Dictionary<string, JsonNode?> { ["docker_volume_size"] = 7 },
                    new Dictionary<string, string?> { ["backend"] = null, ["extra"] = "1" }));
                Assert.Equal(7, patched.DockerVolumeSize);
                Assert.Equal(new Dictionary<string, string> { ["extra"] = "1" }, patched.Labels);
            }
            finally
            {
                await resources.DeleteAsync(templates, created.Uuid);
                await resources.DeleteAsync(ImageResources.Images, image.Id);
            }
            await Assert.ThrowsAsync<NotFoundException>(() => resources.FindAsync(templates, name));
        }

        [Fact]
        public async Task Missing_clusters_and_templates_are_not_found()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            var resources = new ResourceClient(s);
            Assert.Null(await resources.GetAsync(ContainerInfraResources.Clusters, Guid.NewGuid().ToString()));
            await Assert.ThrowsAsync<NotFoundException>(() => resources.FindAsync(ContainerInfraResources.Clusters, "ci-no-such-cluster"));
            await Assert.ThrowsAsync<NotFoundException>(() => resources.FindAsync(ContainerInfraResources.ClusterTemplates, Guid.NewGuid().ToString()));
        }
    }
}
