using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenStack.Client.Resources
{
    /// <summary>
    /// The one way a request body is made: an options object whose set properties, and only those, become the
    /// resource's attributes. Its values are checked on their own first (no lookups): an ArgumentException says what is wrong.
    /// </summary>
    public abstract class ResourceOptions
    {
        /// <summary>The service microversion this body needs (its fields' shape), or null for any.</summary>
        public virtual string? MinMicroversion => null;

        /// <summary>Checks the values without sending anything.</summary>
        public void Check() => Validate();

        /// <summary>The attributes object (unwrapped: the client wraps it as the service wants), checked first.</summary>
        public JsonObject ToJson()
        {
            Validate();
            var o = new JsonObject();
            Write(o);
            return o;
        }

        protected virtual void Validate() { }
        protected abstract void Write(JsonObject o);

        protected static void Put(JsonObject o, string key, JsonNode? value) { if (value != null) o[key] = value; }

        protected static JsonArray Strings(IEnumerable<string> values)
        {
            var a = new JsonArray();
            foreach (var v in values) a.Add(v);
            return a;
        }

        /// <summary>A string map (metadata, labels) as an object.</summary>
        protected static JsonObject Map(IEnumerable<KeyValuePair<string, string>> values)
        {
            var o = new JsonObject();
            foreach (var kv in values) o[kv.Key] = kv.Value;
            return o;
        }
    }
}
