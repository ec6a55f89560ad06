using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Compute
{
    /// <summary>A new host aggregate; its metadata is set by a second call (Nova's create takes only name and zone).</summary>
    public sealed class AggregateCreateOptions : ResourceOptions
    {
        public string Name { get; set; } = "";
        /// <summary>Exposes the aggregate's hosts as this availability zone.</summary>
        public string? AvailabilityZone { get; set; }
        public Dictionary<string, string> Metadata { get; } = new Dictionary<string, string>();

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new System.ArgumentException("An aggregate needs a name.");
            if (Metadata.ContainsKey("availability_zone"))
                throw new System.ArgumentException("The availability zone is given with -AvailabilityZone, not as metadata.");
        }

        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            if (AvailabilityZone != null) o["availability_zone"] = AvailabilityZone;
        }
    }
}
