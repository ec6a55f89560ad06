using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>A new volume: empty, or from a snapshot, another volume or an image (ids already resolved).</summary>
    public sealed class VolumeCreateOptions : ResourceOptions
    {
        public string? Name { get; set; }
        /// <summary>GB.</summary>
        public int Size { get; set; }
        public string? VolumeType { get; set; }
        public string? AvailabilityZone { get; set; }
        public string? Description { get; set; }
        public string? SnapshotId { get; set; }
        public string? SourceVolumeId { get; set; }
        public string? ImageId { get; set; }
        public Dictionary<string, string> Metadata { get; } = new Dictionary<string, string>();

        protected override void Validate()
        {
            if (Size <= 0 && SnapshotId == null && SourceVolumeId == null)
                throw new ArgumentException("A volume needs a size of at least 1 GB (got " + Size + ").");
        }

        protected override void Write(JsonObject v)
        {
            if (Size > 0) v["size"] = Size;
            Put(v, "name", Name);
            Put(v, "description", Description);
            Put(v, "volume_type", VolumeType);
            Put(v, "availability_zone", AvailabilityZone);
            Put(v, "snapshot_id", SnapshotId);
            Put(v, "source_volid", SourceVolumeId);
            Put(v, "imageRef", ImageId);
            if (Metadata.Count > 0) v["metadata"] = Map(Metadata);
        }
    }

    /// <summary>A snapshot of a volume (id already resolved).</summary>
    public sealed class SnapshotCreateOptions : ResourceOptions
    {
        public string VolumeId { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        /// <summary>Snapshot while the volume is in use.</summary>
        public bool Force { get; set; }

        /// <summary>
        /// Refuses an attached volume without <see cref="Force"/>, before any request. Cinder 3.66+ would snapshot it anyway,
        /// but a volume a server is writing to gives a crash-consistent copy at best: python-openstackclient asks for --force too.
        /// </summary>
        public void CheckVolume(Volume volume)
        {
            if (Force || !string.Equals(volume.Status, "in-use", StringComparison.OrdinalIgnoreCase)) return;
            var servers = volume.AttachedTo;
            var name = string.IsNullOrEmpty(volume.Name) ? volume.Id : volume.Name + " (" + volume.Id + ")";
            throw new ResourceStateException("Volume " + name + " is in-use" + (servers.Count > 0 ? " (attached to server " + string.Join(", ", servers) + ")" : "") +
                ": snapshotting it needs -Force. A snapshot of an attached volume holds only what reached the disk (crash-consistent, " +
                "like pulling the plug), so stop the writes or detach it first if you need a clean copy.", volume.Status ?? "")
            {
                RecommendedAction = "Add -Force to snapshot the attached volume anyway, or detach it (Remove-OSVolumeAttachment) first.",
            };
        }

        protected override void Write(JsonObject s)
        {
            s["volume_id"] = VolumeId;
            s["name"] = Name;
            // From microversion 3.66 Cinder snapshots in-use volumes anyway and rejects "force": false; CheckVolume asks for it instead.
            if (Force) s["force"] = true;
            Put(s, "description", Description);
        }
    }

    /// <summary>Filters Cinder applies itself.</summary>
    public sealed class VolumeListOptions
    {
        public string? Name { get; set; }
        public string? Status { get; set; }
        public bool AllProjects { get; set; }
        public int? PageSize { get; set; }
        /// <summary>Another project's volumes (admin; Cinder filters by project only across every project).</summary>
        public string? ProjectId { get; set; }

        public Query ToQuery() => new Query().Add("name", Name).Add("status", Status).Add("all_tenants", AllProjects || ProjectId != null ? "1" : null)
            .Add("project_id", ProjectId);
    }
}
