using System.Collections.Generic;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>A new volume: empty, or from a snapshot, another volume or an image (ids already resolved).</summary>
    public sealed class VolumeCreateOptions
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
    }

    /// <summary>Filters Cinder applies itself.</summary>
    public sealed class VolumeListOptions
    {
        public string? Name { get; set; }
        public string? Status { get; set; }
        public bool AllProjects { get; set; }
        public int? PageSize { get; set; }
    }
}
