using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using OpenStack.Client.Json;

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
            return JsonText.Write(value, PowerShellValues.Instance);
        }

        /// <summary>PowerShell's objects for the client's JSON writer: wrappers opened, switches as booleans, objects by their properties.</summary>
        private sealed class PowerShellValues : JsonValueAdapter
        {
            public static readonly PowerShellValues Instance = new PowerShellValues();

            public override object? Unwrap(object value)
            {
                if (value is PSObject pso) return pso.BaseObject is PSCustomObject ? Properties(pso, PSMemberTypes.NoteProperty) : Unwrap(pso.BaseObject);
                return value is SwitchParameter sw ? sw.IsPresent : value;
            }

            public override IDictionary AsObject(object value) => Properties(PSObject.AsPSObject(value), PSMemberTypes.Property | PSMemberTypes.NoteProperty);

            private static IDictionary Properties(PSObject o, PSMemberTypes kinds)
            {
                var d = new System.Collections.Specialized.OrderedDictionary(StringComparer.Ordinal);
                foreach (var p in o.Properties)
                    if (p.IsGettable && (p.MemberType & kinds) != 0 && !d.Contains(p.Name)) d[p.Name] = p.Value;
                return d;
            }
        }
    }
}
