using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace OpenStack.Bench
{
    /// <summary>The PowerShell 7.6 engine in this process, with the built module, running scripts as a user's would.</summary>
    internal static class Engine
    {
        public static string Manifest { get; set; } = "";

        public static Runspace NewRunspace()
        {
            var rs = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            rs.Open();
            return rs;
        }

        /// <summary>Runs a script; any error fails the measurement rather than timing a failure.</summary>
        public static List<PSObject> Run(Runspace rs, string script, IDictionary<string, object?>? variables = null)
        {
            if (variables != null) foreach (var kv in variables) rs.SessionStateProxy.SetVariable(kv.Key, kv.Value);
            using var ps = PowerShell.Create();
            ps.Runspace = rs;
            ps.AddScript(script);
            var output = ps.Invoke().ToList();
            if (ps.HadErrors)
                throw new InvalidOperationException("The script failed: " + string.Join("; ", ps.Streams.Error.Select(e => e.ToString())) + Environment.NewLine + script);
            return output;
        }

        /// <summary>As <see cref="Run"/>, also returning the -Verbose lines the script wrote (the HTTP trace, for counting requests).</summary>
        public static List<string> RunVerbose(Runspace rs, string script, IDictionary<string, object?>? variables = null)
        {
            if (variables != null) foreach (var kv in variables) rs.SessionStateProxy.SetVariable(kv.Key, kv.Value);
            using var ps = PowerShell.Create();
            ps.Runspace = rs;
            ps.AddScript(script);
            ps.Invoke();
            if (ps.HadErrors)
                throw new InvalidOperationException("The script failed: " + string.Join("; ", ps.Streams.Error.Select(e => e.ToString())) + Environment.NewLine + script);
            return ps.Streams.Verbose.Select(v => v.Message).ToList();
        }

        public static string ImportAndConnect(string cloud) =>
            "Import-Module '" + Manifest.Replace("'", "''") + "'; Connect-OpenStack -Cloud " + cloud;

        /// <summary>out/OpenStack/OpenStack.psd1 above the current folder.</summary>
        public static string FindManifest()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "out", "OpenStack", "OpenStack.psd1");
                if (File.Exists(candidate)) return candidate;
            }
            throw new InvalidOperationException("out/OpenStack/OpenStack.psd1 not found: build the solution first.");
        }
    }
}
