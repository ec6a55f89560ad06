using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Json;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Magnum's published bodies: templates, clusters, create and resize requests.</summary>
    public class ContainerInfraParsingTests
    {
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        [Fact]
        public void A_template_reads_every_documented_field_and_keeps_the_rest()
        {
            var t = JsonSerializer.Deserialize(Samples.Read("container-infra/clustertemplate-create-resp.json"), Json.ClusterTemplate)!;
            Assert.Equal("085e1c4d-4f68-4bfd-8462-74b9e14e4f39", t.Uuid);
            Assert.Equal(t.Uuid, t.Id);
            Assert.Equal("k8s-bm2", t.Name);
            Assert.Equal("kubernetes", t.Coe);
            Assert.Equal("fedora-atomic-latest", t.ImageId);
            Assert.Equal("kp", t.KeypairId);
            Assert.Equal("public", t.ExternalNetworkId);
            Assert.Equal("8.8.8.8", t.DnsNameserver);
            Assert.Equal(3, t.DockerVolumeSize);
            Assert.Equal("flannel", t.NetworkDriver);
            Assert.Equal("cinder", t.VolumeDriver);
            Assert.True(t.MasterLbEnabled);
            Assert.True(t.FloatingIpEnabled);
            Assert.False(t.Public);
            Assert.Equal("vm", t.ServerType);
            Assert.Equal("http://10.164.177.169:8080", t.HttpsProxy);
            Assert.Empty(t.Labels!);
            Assert.Contains("links", t.ExtensionData!.Keys);
            Assert.Contains("apiserver_port", t.ExtensionData.Keys);
            Assert.NotNull(t.Created);
        }

        [Fact]
        public void Template_lists_and_clusters_in_both_shapes()
        {
            using var list = JsonDocument.Parse(Samples.Read("container-infra/clustertemplate-get-all-resp.json"));
            Assert.All(list.RootElement.GetProperty("clustertemplates").EnumerateArray().Select(e => e.Deserialize(Json.ClusterTemplate)!), t => Assert.NotEmpty(t.Uuid));

            var c = JsonSerializer.Deserialize(Samples.Read("container-infra/cluster-get-one-resp.json"), Json.Cluster)!;
            Assert.Equal("CREATE_COMPLETE", c.Status);
            Assert.Equal("Stack CREATE completed successfully", c.StatusReason);
            Assert.Equal("https://172.24.4.6:6443", c.ApiAddress);
            Assert.Equal(new[] { "172.24.4.6" }, c.MasterAddresses);
            Assert.Equal(new[] { "172.24.4.13" }, c.NodeAddresses);
            Assert.Equal("v1.2.0", c.CoeVersion);
            Assert.Equal(60, c.CreateTimeout);
            Assert.Equal("my_keypair", c.Keypair);
            Assert.Contains("discovery_url", c.ExtensionData!.Keys);

            using var all = JsonDocument.Parse(Samples.Read("container-infra/cluster-get-all-resp.json"));
            var summary = all.RootElement.GetProperty("clusters")[0].Deserialize(Json.Cluster)!;
            Assert.Equal("CREATE_IN_PROGRESS", summary.Status);
            Assert.Null(summary.ApiAddress); // lists are summaries
        }

        [Fact]
        public void Template_options_write_the_documented_request()
        {
            var o = new ClusterTemplateCreateOptions
            {
                Name = "k8s-bm2", Coe = "kubernetes", ImageId = "fedora-atomic-latest", KeypairId = "kp", ExternalNetworkId = "public",
                DnsNameserver = "8.8.8.8", FlavorId = "m1.small", DockerVolumeSize = 3, DockerStorageDriver = "devicemapper",
                NetworkDriver = "flannel", VolumeDriver = "cinder", Public = false, MasterLbEnabled = true, TlsDisabled = false, ServerType = "vm",
            };
            var body = o.ToJson();
            var sample = JsonNode.Parse(Samples.Read("container-infra/clustertemplate-create-req.json"))!.AsObject();
            // Every value the options write is the sample's; the sample's nulls and proxies are simply not sent.
            foreach (var kv in body) Assert.True(JsonNode.DeepEquals(sample[kv.Key], kv.Value), kv.Key);
            Assert.Throws<System.ArgumentException>(() => new ClusterTemplateCreateOptions { Name = "x", ExternalNetworkId = "public" }.ToJson());
        }

        [Fact]
        public void Cluster_options_write_the_documented_request()
        {
            var body = new ClusterCreateOptions
            {
                Name = "k8s", ClusterTemplateId = "0562d357-8641-4759-8fed-8173f02c9633", NodeCount = 2, MasterCount = 2, Keypair = "my_keypair",
                CreateTimeout = 60, Labels = new Dictionary<string, string>(),
            }.ToJson();
            var sample = JsonNode.Parse(Samples.Read("container-infra/cluster-create-req.json"))!.AsObject();
            foreach (var kv in body) Assert.True(JsonNode.DeepEquals(sample[kv.Key], kv.Value), kv.Key);
            Assert.Equal("746e779a-751a-456b-a3e9-c883d734946f",
                JsonNode.Parse(Samples.Read("container-infra/cluster-create-resp.json"))!["uuid"]!.GetValue<string>());
            Assert.Throws<System.ArgumentException>(() => new ClusterCreateOptions { Name = "k", NodeCount = 0 }.ToJson());
        }

        [Fact]
        public void A_resize_writes_the_documented_request()
        {
            // The upstream sample separates one pair with an ideographic space, which no JSON parser accepts.
            var sample = JsonNode.Parse(Samples.Read("container-infra/cluster-resize-req.json").Replace('\u3000', ' '))!.AsObject();
            sample.Remove("nodes_to_remove"); // choosing which nodes go is not offered
            Assert.True(JsonNode.DeepEquals(sample, ContainerInfraClient.ResizeBody(3, "production_group")));
            Assert.Equal("{\"node_count\":1}", ContainerInfraClient.ResizeBody(1, null).ToJsonString());
        }
    }
}
