using System.Collections;
using System.Collections.Generic;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>Hashtables from the command line (metadata, properties) as the string maps the services take.</summary>
    internal static class Hashtables
    {
        public static void CopyStrings(Hashtable? from, IDictionary<string, string> to)
        {
            if (from == null) return;
            foreach (DictionaryEntry kv in from) to[kv.Key.ToString()!] = kv.Value?.ToString() ?? "";
        }

        public static Dictionary<string, string> ToStrings(Hashtable? from)
        {
            var result = new Dictionary<string, string>();
            CopyStrings(from, result);
            return result;
        }
    }
}
