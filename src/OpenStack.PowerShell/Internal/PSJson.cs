using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>JSON ↔ PowerShell objects for Invoke-OSApi, without the Utility module's ConvertTo/From-Json.</summary>
    internal static class PSJson
    {
        private const int MaxDepth = 64;

        /// <summary>A JSON value as PSCustomObject / object[] / string / long / double / bool / null.</summary>
        public static object? ToPS(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var obj = new PSObject();
                    foreach (var p in e.EnumerateObject()) obj.Properties.Add(new PSNoteProperty(p.Name, ToPS(p.Value)));
                    return obj;
                case JsonValueKind.Array:
                    var list = new object?[e.GetArrayLength()];
                    var i = 0;
                    foreach (var item in e.EnumerateArray()) list[i++] = ToPS(item);
                    return list;
                case JsonValueKind.String: return e.GetString();
                case JsonValueKind.Number: return e.TryGetInt64(out var l) ? l : (object)e.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }

        /// <summary>A hashtable, PSCustomObject, array or scalar as JSON text. A string is taken as JSON already.</summary>
        public static string ToJson(object? value)
        {
            var unwrapped = value is PSObject pso && !(pso.BaseObject is PSCustomObject) ? pso.BaseObject : value;
            if (unwrapped is string s) return s;
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream)) Write(w, value, 0);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void Write(Utf8JsonWriter w, object? value, int depth)
        {
            if (depth > MaxDepth) throw new ArgumentException("The body is nested more than " + MaxDepth + " levels deep (a loop?).");
            if (value is PSObject pso)
            {
                if (pso.BaseObject is PSCustomObject)
                {
                    w.WriteStartObject();
                    foreach (var p in pso.Properties)
                        if (p.IsGettable && p.MemberType == PSMemberTypes.NoteProperty) { w.WritePropertyName(p.Name); Write(w, p.Value, depth + 1); }
                    w.WriteEndObject();
                    return;
                }
                value = pso.BaseObject;
            }
            switch (value)
            {
                case null: w.WriteNullValue(); return;
                case string s: w.WriteStringValue(s); return;
                case bool b: w.WriteBooleanValue(b); return;
                case SwitchParameter sw: w.WriteBooleanValue(sw.IsPresent); return;
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
                case IDictionary dict:
                    w.WriteStartObject();
                    foreach (DictionaryEntry kv in dict) { w.WritePropertyName(Convert.ToString(kv.Key, CultureInfo.InvariantCulture) ?? ""); Write(w, kv.Value, depth + 1); }
                    w.WriteEndObject();
                    return;
                case IEnumerable items:
                    w.WriteStartArray();
                    foreach (var item in items) Write(w, item, depth + 1);
                    w.WriteEndArray();
                    return;
                default:
                    // Any other .NET object: its public properties.
                    w.WriteStartObject();
                    foreach (var p in PSObject.AsPSObject(value).Properties)
                        if (p.IsGettable && (p.MemberType == PSMemberTypes.Property || p.MemberType == PSMemberTypes.NoteProperty))
                        { w.WritePropertyName(p.Name); Write(w, p.Value, depth + 1); }
                    w.WriteEndObject();
                    return;
            }
        }
    }
}
