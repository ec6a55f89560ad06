using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.ContainerInfra
{
    /// <summary>A cluster template to create. Names of image, keypair, networks and flavors must already be ids (or names Magnum accepts).</summary>
    public sealed class ClusterTemplateCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string Coe { get; set; } = "kubernetes";
        public string? ImageId { get; set; }
        public string? KeypairId { get; set; }
        public string? ExternalNetworkId { get; set; }
        public string? FixedNetwork { get; set; }
        public string? FixedSubnet { get; set; }
        public string? DnsNameserver { get; set; }
        public string? FlavorId { get; set; }
        public string? MasterFlavorId { get; set; }
        public int? DockerVolumeSize { get; set; }
        public string? DockerStorageDriver { get; set; }
        public string? NetworkDriver { get; set; }
        public string? VolumeDriver { get; set; }
        public Dictionary<string, string> Labels { get; } = new Dictionary<string, string>();
        public bool? Public { get; set; }
        public bool? Hidden { get; set; }
        public bool? FloatingIpEnabled { get; set; }
        public bool? MasterLbEnabled { get; set; }
        public bool? TlsDisabled { get; set; }
        public string? ServerType { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A cluster template needs a name.");
            if (string.IsNullOrWhiteSpace(ImageId)) throw new ArgumentException("A cluster template needs an image.");
            if (string.IsNullOrWhiteSpace(ExternalNetworkId)) throw new ArgumentException("A cluster template needs an external network.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name; o["coe"] = Coe; o["image_id"] = ImageId; o["external_network_id"] = ExternalNetworkId;
            Put(o, "keypair_id", KeypairId);
            Put(o, "fixed_network", FixedNetwork);
            Put(o, "fixed_subnet", FixedSubnet);
            Put(o, "dns_nameserver", DnsNameserver);
            Put(o, "flavor_id", FlavorId);
            Put(o, "master_flavor_id", MasterFlavorId);
            Put(o, "docker_volume_size", DockerVolumeSize);
            Put(o, "docker_storage_driver", DockerStorageDriver);
            Put(o, "network_driver", NetworkDriver);
            Put(o, "volume_driver", VolumeDriver);
            o["labels"] = Map(Labels);
            Put(o, "public", Public);
            Put(o, "hidden", Hidden);
            Put(o, "floating_ip_enabled", FloatingIpEnabled);
            Put(o, "master_lb_enabled", MasterLbEnabled);
            Put(o, "tls_disabled", TlsDisabled);
            Put(o, "server_type", ServerType);
        }
    }

    /// <summary>A cluster to create from a template (given by id).</summary>
    public sealed class ClusterCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string ClusterTemplateId { get; set; } = "";
        public int? NodeCount { get; set; }
        public int? MasterCount { get; set; }
        public string? Keypair { get; set; }
        /// <summary>Minutes Heat may take.</summary>
        public int? CreateTimeout { get; set; }
        public string? FlavorId { get; set; }
        public string? MasterFlavorId { get; set; }
        /// <summary>Null: the template's labels.</summary>
        public Dictionary<string, string>? Labels { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A cluster needs a name.");
            if (NodeCount is < 1) throw new ArgumentException("A cluster needs at least one node.");
            if (MasterCount is < 1) throw new ArgumentException("A cluster needs at least one master.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name; o["cluster_template_id"] = ClusterTemplateId;
            Put(o, "node_count", NodeCount);
            Put(o, "master_count", MasterCount);
            Put(o, "keypair", Keypair);
            Put(o, "create_timeout", CreateTimeout);
            Put(o, "flavor_id", FlavorId);
            Put(o, "master_flavor_id", MasterFlavorId);
            if (Labels != null) o["labels"] = Map(Labels);
        }
    }
}
