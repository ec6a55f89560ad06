using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>A new backup of a volume (or of one of its snapshots).</summary>
    public sealed class BackupCreateOptions : ResourceOptions
    {
        public string VolumeId { get; set; } = "";
        public string? Name { get; set; }
        public string? Description { get; set; }
        /// <summary>Only the blocks changed since the volume's last backup (there must be a full one).</summary>
        public bool Incremental { get; set; }
        /// <summary>Back up a volume that is attached (in-use).</summary>
        public bool Force { get; set; }
        public string? SnapshotId { get; set; }
        public string? Container { get; set; }
        public Dictionary<string, string> Metadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(VolumeId)) throw new ArgumentException("A backup needs the volume to back up.");
        }

        protected override void Write(JsonObject o)
        {
            o["volume_id"] = VolumeId;
            Put(o, "name", Name);
            Put(o, "description", Description);
            if (Incremental) o["incremental"] = true;
            if (Force) o["force"] = true;
            Put(o, "snapshot_id", SnapshotId);
            Put(o, "container", Container);
            if (Metadata.Count > 0)
            {
                var md = new JsonObject();
                foreach (var kv in Metadata) md[kv.Key] = kv.Value;
                o["metadata"] = md;
            }
        }
    }

    /// <summary>A new transfer offer of a volume.</summary>
    public sealed class TransferCreateOptions : ResourceOptions
    {
        public string VolumeId { get; set; } = "";
        public string? Name { get; set; }
        /// <summary>Leave the volume's snapshots behind (Cinder 3.55+): by default they go with it.</summary>
        public bool NoSnapshots { get; set; }

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(VolumeId)) throw new ArgumentException("A transfer needs the volume to give.");
        }

        protected override void Write(JsonObject o)
        {
            o["volume_id"] = VolumeId;
            Put(o, "name", Name);
            if (NoSnapshots) o["no_snapshots"] = true;
        }
    }

    /// <summary>A new volume type (admin).</summary>
    public sealed class VolumeTypeCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        /// <summary>False: only the projects given access see it.</summary>
        public bool IsPublic { get; set; } = true;
        public Dictionary<string, string> ExtraSpecs { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A volume type needs a name.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            Put(o, "description", Description);
            o["os-volume-type-access:is_public"] = IsPublic;
            if (ExtraSpecs.Count > 0)
            {
                var specs = new JsonObject();
                foreach (var kv in ExtraSpecs) specs[kv.Key] = kv.Value;
                o["extra_specs"] = specs;
            }
        }
    }
}
