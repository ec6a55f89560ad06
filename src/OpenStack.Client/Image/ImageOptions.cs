using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Image
{
    /// <summary>What a new image record holds before its data is uploaded.</summary>
    public sealed class ImageCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        /// <summary>qcow2, raw, vmdk, vdi, iso, vhd, vhdx, ami, ari, aki, ploop.</summary>
        public string DiskFormat { get; set; } = "qcow2";
        /// <summary>bare, ovf, ova, ami, ari, aki, docker, compressed.</summary>
        public string ContainerFormat { get; set; } = "bare";
        public int? MinDisk { get; set; }
        public int? MinRam { get; set; }
        /// <summary>public, private, shared, community.</summary>
        public string? Visibility { get; set; }
        public bool? Protected { get; set; }
        public Dictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
        public List<string> Tags { get; } = new List<string>();

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("An image needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name; o["disk_format"] = DiskFormat; o["container_format"] = ContainerFormat;
            Put(o, "min_disk", MinDisk);
            Put(o, "min_ram", MinRam);
            Put(o, "visibility", Visibility);
            Put(o, "protected", Protected);
            if (Tags.Count > 0) o["tags"] = Strings(Tags);
            // Glance keeps custom properties beside its own attributes.
            foreach (var kv in Properties) o[kv.Key] = kv.Value;
        }
    }

    /// <summary>Filters Glance applies itself.</summary>
    public sealed class ImageListOptions
    {
        public string? Name { get; set; }
        public string? Visibility { get; set; }
        public string? Status { get; set; }
        public string? Tag { get; set; }
        public int? PageSize { get; set; }

        public Query ToQuery() => new Query().Add("name", Name).Add("visibility", Visibility).Add("status", Status).Add("tag", Tag);
    }
}
