using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace OpenStack.Client.Json
{
    /// <summary>Writes plain .NET values (dictionaries, lists, scalars) as JSON without reflection.</summary>
    public static class JsonText
    {
        public static string Write(object? value)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream)) WriteValue(w, value, 0);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteValue(Utf8JsonWriter w, object? value, int depth)
        {
            if (depth > 64) throw new ArgumentException("The value is nested more than 64 levels deep.");
            switch (value)
            {
                case null: w.WriteNullValue(); return;
                case string s: w.WriteStringValue(s); return;
                case bool b: w.WriteBooleanValue(b); return;
                case int _: case long _: case short _: case byte _: w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); return;
                case double _: case float _: case decimal _: w.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); return;
                case IDictionary d:
                    w.WriteStartObject();
                    foreach (DictionaryEntry kv in d) { w.WritePropertyName(Convert.ToString(kv.Key, CultureInfo.InvariantCulture) ?? ""); WriteValue(w, kv.Value, depth + 1); }
                    w.WriteEndObject();
                    return;
                case IEnumerable e:
                    w.WriteStartArray();
                    foreach (var item in e) WriteValue(w, item, depth + 1);
                    w.WriteEndArray();
                    return;
                default: w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); return;
            }
        }
    }
}
