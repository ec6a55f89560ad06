using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Runs a script in a new process (tools/OpenStack.Runner, the embedded engine as its own program): for what a
    /// process can do only once, such as loading assemblies before the module or importing another copy of it.
    /// </summary>
    public static class RunnerProcess
    {
        /// <summary>The test binaries' folder, given to scripts as $env:OPENSTACK_TEST_BIN.</summary>
        public static string TestBin => AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

        /// <summary>
        /// Runs the script with the module at <paramref name="modulePath"/> (default out/OpenStack); returns all it printed,
        /// once the runner has exited with <paramref name="exitCode"/>.
        /// </summary>
        public static string Run(string script, string? modulePath = null, int exitCode = 0)
        {
            // tests/OpenStack.PowerShell.Tests/bin/<configuration>/<framework>
            var framework = Path.GetFileName(TestBin);
            var configuration = Path.GetFileName(Path.GetDirectoryName(TestBin)!);
            var root = Path.GetFullPath(Path.Combine(TestBin, "..", "..", "..", "..", ".."));
            var runner = Path.Combine(root, "tools", "OpenStack.Runner", "bin", configuration, framework, "OpenStack.Runner.dll");
            Assert.True(File.Exists(runner), runner + " is not built");
            var file = Path.Combine(Path.GetTempPath(), "os-runner-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(file, script);
            try
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                start.ArgumentList.Add(runner);
                start.ArgumentList.Add(file);
                start.Environment["OPENSTACK_TEST_BIN"] = TestBin;
                start.Environment["OPENSTACK_MODULE_PATH"] = modulePath ?? Path.GetDirectoryName(PowerShellHost.ModuleManifest);
                using var process = Process.Start(start)!;
                var stderr = process.StandardError.ReadToEndAsync();
                var stdout = process.StandardOutput.ReadToEnd();
                Assert.True(process.WaitForExit(120_000), "the runner did not finish in 2 minutes");
                var all = stdout + stderr.Result;
                Assert.True(process.ExitCode == exitCode, "the runner exited with " + process.ExitCode + ":\n" + all);
                return all;
            }
            finally { File.Delete(file); }
        }
    }
}
