using System;
using System.Collections;
using System.Collections.Generic;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>Command-line metadata (a hashtable to set, names to remove) as the client's map, where an empty value removes.</summary>
    internal static class ObjectStorageArgs
    {
        public static Dictionary<string, string?> Metadata(Hashtable? set, string[]? remove)
        {
            var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (set != null)
                foreach (DictionaryEntry kv in set)
                {
                    var value = kv.Value is System.Management.Automation.PSObject p ? p.BaseObject : kv.Value;
                    result[kv.Key.ToString()!] = value?.ToString() ?? "";
                }
            if (remove != null) foreach (var key in remove) result[key] = null;
            return result;
        }

        /// <summary>ShouldProcess, skipped by -Force (as the other Remove- cmdlets do) except under -WhatIf, which still only reports.</summary>
        public static bool Confirmed(System.Management.Automation.PSCmdlet cmdlet, bool force, string target, string action)
        {
            var whatIf = cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out var w) && w is System.Management.Automation.SwitchParameter sw && sw.IsPresent;
            return (force && !whatIf) || cmdlet.ShouldProcess(target, action);
        }
    }
}
