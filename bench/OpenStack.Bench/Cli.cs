using System;
using System.Diagnostics;

namespace OpenStack.Bench
{
    /// <summary>Debian's python-openstackclient, one process per command, as an admin types it.</summary>
    internal static class Cli
    {
        public static bool Available { get; } = Probe();

        public static void Run(string cloud, string arguments) => Output(cloud, arguments);

        /// <summary>Runs one command and returns what it printed.</summary>
        public static string Output(string cloud, string arguments)
        {
            var psi = new ProcessStartInfo("openstack", "--os-cloud " + cloud + " " + arguments)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException("openstack " + arguments + " failed: " + err.Result);
            return output;
        }

        public static void RunProcess(string file, string arguments)
        {
            var psi = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException(file + " " + arguments + " failed: " + err);
        }

        private static bool Probe()
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo("openstack", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
                p.WaitForExit();
                return p.ExitCode == 0;
            }
            catch (Exception) { return false; }
        }
    }
}
