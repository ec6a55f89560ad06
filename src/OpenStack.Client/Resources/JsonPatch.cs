using System.Text.Json.Nodes;

namespace OpenStack.Client.Resources
{
    /// <summary>An RFC 6902 JSON patch, for the services that take changes so (Glance, Magnum).</summary>
    public sealed class JsonPatch
    {
        private readonly JsonArray _ops = new JsonArray();

        public int Count => _ops.Count;

        /// <summary>Sets an attribute whether or not it exists (Glance's "replace" needs it to exist).</summary>
        public JsonPatch Add(string attribute, JsonNode? value) => Op("add", attribute, value, true);
        public JsonPatch Replace(string attribute, JsonNode? value) => Op("replace", attribute, value, true);
        public JsonPatch Remove(string attribute) => Op("remove", attribute, null, false);

        /// <summary>"/labels/a~1b" for key "a/b" under "labels": JSON pointer escaping of one key.</summary>
        public static string Pointer(params string[] keys)
        {
            var path = "";
            foreach (var k in keys) path += "/" + k.Replace("~", "~0").Replace("/", "~1");
            return path;
        }

        private JsonPatch Op(string op, string attribute, JsonNode? value, bool hasValue)
        {
            var o = new JsonObject { ["op"] = op, ["path"] = attribute.StartsWith("/", System.StringComparison.Ordinal) ? attribute : "/" + attribute };
            if (hasValue) o["value"] = value;
            _ops.Add(o);
            return this;
        }

        public string ToJsonString() => _ops.ToJsonString();
    }
}
