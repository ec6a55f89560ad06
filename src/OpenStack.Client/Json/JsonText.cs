using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenStack.Client.Json
{
    /// <summary>Lets a caller write its own kinds of value (PowerShell's wrapped objects) through <see cref="JsonText"/>.</summary>
    public class JsonValueAdapter
    {
        /// <summary>The value to write in place of <paramref name="value"/> (the object inside a wrapper).</summary>
        public virtual object? Unwrap(object value) => value;

        /// <summary>An object of no known kind as name/value pairs, or null to write it as its text.</summary>
        public virtual IDictionary? AsObject(object value) => null;
    }

    /// <summary>
    /// The one writer of plain .NET values (dictionaries, lists, scalars) as JSON, without reflection: request bodies
    /// built from hashtables, and Invoke-OSApi's -Body. Integers stay exact (ulong too), decimals keep their digits,
    /// dates are UTC ISO 8601, Guids and enums their text.
    /// </summary>
    public static class JsonText
    {
        private const int MaxDepth = 64;
        private static readonly JsonValueAdapter Plain = new JsonValueAdapter();

        public static string Write(object? value, JsonValueAdapter? adapter = null)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream)) WriteValue(w, value, adapter ?? Plain, 0);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        public static JsonNode? ToNode(object? value, JsonValueAdapter? adapter = null) => JsonNode.Parse(Write(value, adapter));

        private static void WriteValue(Utf8JsonWriter w, object? value, JsonValueAdapter adapter, int depth)
        {
            if (depth > MaxDepth) throw new ArgumentException("The value is nested more than " + MaxDepth + " levels deep (a loop?).");
            if (value != null) value = adapter.Unwrap(value);
            switch (value)
            {
                case null: w.WriteNullValue(); return;
                case string s: w.WriteStringValue(s); return;
                case bool b: w.WriteBooleanValue(b); return;
                case char c: w.WriteStringValue(c.ToString()); return;
                case Enum en: w.WriteStringValue(en.ToString()); return;
                case DateTime dt: w.WriteStringValue(dt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)); return;
                case DateTimeOffset dto: w.WriteStringValue(dto.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)); return;
                case byte _: case sbyte _: case short _: case ushort _: case int _: case uint _: case long _:
                    w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); return;
                case ulong ul: w.WriteNumberValue(ul); return;
                case float _: case double _: w.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); return;
                case decimal d: w.WriteNumberValue(d); return;
                case Guid g: w.WriteStringValue(g.ToString()); return;
                case JsonNode node: node.WriteTo(w); return;
                case JsonElement element: element.WriteTo(w); return;
                case IDictionary dict: WriteObject(w, dict, adapter, depth); return;
                case IEnumerable items:
                    w.WriteStartArray();
                    foreach (var item in items) WriteValue(w, item, adapter, depth + 1);
                    w.WriteEndArray();
                    return;
                default:
                    var asObject = adapter.AsObject(value);
                    if (asObject != null) WriteObject(w, asObject, adapter, depth);
                    else w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
            }
        }

        private static void WriteObject(Utf8JsonWriter w, IDictionary dict, JsonValueAdapter adapter, int depth)
        {
            w.WriteStartObject();
            foreach (DictionaryEntry kv in dict)
            {
                w.WritePropertyName(Convert.ToString(kv.Key, CultureInfo.InvariantCulture) ?? "");
                WriteValue(w, kv.Value, adapter, depth + 1);
            }
            w.WriteEndObject();
        }
    }
}
