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

        /// <summary>One entry as text, whatever the key's case ("start", "Start"); null when absent.</summary>
        public static string? Text(IDictionary from, string key)
        {
            foreach (DictionaryEntry kv in from)
                if (string.Equals(kv.Key?.ToString(), key, System.StringComparison.OrdinalIgnoreCase))
                    return kv.Value is System.Management.Automation.PSObject p ? p.BaseObject?.ToString() : kv.Value?.ToString();
            return null;
        }

        /// <summary>Rejects keys other than <paramref name="allowed"/>, so a typo (@{Strat=...}) is not silently dropped.</summary>
        public static void CheckKeys(IDictionary from, string what, params string[] allowed)
        {
            foreach (DictionaryEntry kv in from)
                if (System.Array.FindIndex(allowed, a => string.Equals(a, kv.Key?.ToString(), System.StringComparison.OrdinalIgnoreCase)) < 0)
                    throw new System.ArgumentException("A " + what + " takes the keys " + string.Join(", ", allowed) + "; '" + kv.Key + "' is not one of them.");
        }

        public static Dictionary<string, string> ToStrings(Hashtable? from)
        {
            var result = new Dictionary<string, string>();
            CopyStrings(from, result);
            return result;
        }
    }
}
