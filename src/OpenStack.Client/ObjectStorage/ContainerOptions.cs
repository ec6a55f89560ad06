using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenStack.Client.ObjectStorage
{
    /// <summary>What a container is created or changed with; only what is set is sent.</summary>
    public sealed class ContainerOptions
    {
        /// <summary>The read ACL that lets anyone read objects and list the container without a token.</summary>
        public const string PublicReadAcl = ".r:*,.rlistings";

        /// <summary>True: public read ACL; false: no read ACL (private again).</summary>
        public bool? Public { get; set; }
        /// <summary>X-Container-Read, e.g. "project-id:user-id" or ".r:*"; "" removes it.</summary>
        public string? ReadAcl { get; set; }
        /// <summary>X-Container-Write; "" removes it.</summary>
        public string? WriteAcl { get; set; }
        /// <summary>Chosen at creation only.</summary>
        public string? StoragePolicy { get; set; }
        /// <summary>container_quotas: most bytes; 0 or less removes the quota.</summary>
        public long? QuotaBytes { get; set; }
        /// <summary>container_quotas: most objects; 0 or less removes the quota.</summary>
        public long? QuotaCount { get; set; }
        /// <summary>Metadata to set; a null or empty value removes that key.</summary>
        public Dictionary<string, string?> Metadata { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

        internal Dictionary<string, string> Headers()
        {
            if (Public.HasValue && ReadAcl != null) throw new ArgumentException("Give either -Public or -ReadAcl, not both: -Public sets the read ACL to '" + PublicReadAcl + "'.");
            var h = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var read = Public.HasValue ? (Public.Value ? PublicReadAcl : "") : ReadAcl;
            if (read != null) Acl(h, "Read", read);
            if (WriteAcl != null) Acl(h, "Write", WriteAcl);
            if (StoragePolicy != null) h["X-Storage-Policy"] = StoragePolicy;
            if (QuotaBytes.HasValue) Quota(h, "Quota-Bytes", QuotaBytes.Value);
            if (QuotaCount.HasValue) Quota(h, "Quota-Count", QuotaCount.Value);
            ObjectStorageClient.AddMetadata(h, "Container", Metadata);
            return h;
        }

        private static void Acl(Dictionary<string, string> h, string which, string value)
        {
            if (value.Length == 0) h["X-Remove-Container-" + which] = "x";
            else h["X-Container-" + which] = value;
        }

        private static void Quota(Dictionary<string, string> h, string which, long value)
        {
            if (value <= 0) h["X-Remove-Container-Meta-" + which] = "x";
            else h["X-Container-Meta-" + which] = value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
