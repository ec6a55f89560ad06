using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenStack.Client.Resources;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>
    /// A QoS specification (admin): limits such as read_iops_sec, applied by the front end (the hypervisor), the back end
    /// (the storage) or both, to the volumes of the volume types it is associated with.
    /// </summary>
    public sealed class VolumeQos
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        /// <summary>front-end, back-end or both.</summary>
        [JsonPropertyName("consumer")] public string? Consumer { get; set; }
        [JsonPropertyName("specs")] public Dictionary<string, string>? Specs { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => Name;
    }

    /// <summary>
    /// What a QoS specification applies to: a volume type (Cinder's only kind). Named for the type, so that an association
    /// from the pipeline binds to a volume type parameter by its VolumeTypeId and to a QoS one by its QosId, never by an Id
    /// that is the other's.
    /// </summary>
    public sealed class VolumeQosAssociation
    {
        /// <summary>volume_type.</summary>
        [JsonPropertyName("association_type")] public string? AssociationType { get; set; }
        [JsonPropertyName("id")] public string VolumeTypeId { get; set; } = "";
        [JsonPropertyName("name")] public string? VolumeTypeName { get; set; }
        /// <summary>The QoS specification's id (from the request: Cinder's answer does not hold it).</summary>
        [JsonIgnore] public string? QosId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
        public override string ToString() => VolumeTypeName ?? VolumeTypeId;
    }

    /// <summary>A new QoS specification (admin).</summary>
    public sealed class VolumeQosCreateOptions : ResourceOptions
    {
        private static readonly string[] Consumers = { "front-end", "back-end", "both" };

        public string Name { get; set; } = "";
        /// <summary>front-end, back-end or both; Cinder's default is back-end.</summary>
        public string? Consumer { get; set; }
        public Dictionary<string, string> Specs { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        protected override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A QoS specification needs a name.");
            CheckConsumer(Consumer);
            CheckSpecKeys(Specs.Keys);
        }

        /// <summary>Cinder reads "name" and "consumer" among the specs as the specification's own: they are refused as specs.</summary>
        public static void CheckSpecKeys(IEnumerable<string> keys)
        {
            foreach (var key in keys)
                if (key == "name" || key == "consumer")
                    throw new ArgumentException("'" + key + "' is not a spec: give it as the QoS specification's " + key + ".");
        }

        public static void CheckConsumer(string? consumer)
        {
            if (consumer != null && Array.IndexOf(Consumers, consumer) < 0)
                throw new ArgumentException("The consumer '" + consumer + "' is not one of " + string.Join(", ", Consumers) + ".");
        }

        // Cinder takes the specs beside the name and consumer, not in an object of their own.
        protected override void Write(JsonObject o)
        {
            o["name"] = Name;
            Put(o, "consumer", Consumer);
            foreach (var kv in Specs) o[kv.Key] = kv.Value;
        }
    }
}
