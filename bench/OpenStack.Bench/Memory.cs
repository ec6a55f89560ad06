using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace OpenStack.Bench
{
    /// <summary>
    /// Peak memory rows, each in a fresh runner process so nothing else in this process hides or inflates the peak:
    /// the script notes the process's peak working set after Import-Module + Connect-OpenStack and again at the end.
    /// </summary>
    internal static class Memory
    {
        // A new Process object reads the figures afresh.
        private const string Peak = "([Diagnostics.Process]::GetCurrentProcess()).PeakWorkingSet64";

        public static List<Row> Measure(int ports, int imageMiB)
        {
            var rows = new List<Row>();
            var dir = Path.Combine(Path.GetTempPath(), "bench-mem-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                Console.Error.WriteLine("bench: streaming " + ports + " ports");
                rows.Add(Run("stream " + ports.ToString("N0", CultureInfo.InvariantCulture) + " ports: peak memory growth", dir, @"
                    $net = New-OSNetwork -Name ""bench-ports-$pid""
                    $net | New-OSSubnet -Cidr 10.128.0.0/16 | Out-Null
                    for ($made = 0; $made -lt " + ports + @"; $made += 100) {
                        $batch = foreach ($i in 1..100) { @{ network_id = $net.Id } }
                        Invoke-OSApi network ports -Method POST -Body @{ ports = @($batch) } | Out-Null }
                    [GC]::Collect()
                    $before = " + Peak + @"
                    $sw = [Diagnostics.Stopwatch]::StartNew()
                    $n = 0; Get-OSPort -Network $net.Id | ForEach-Object { $n++ }
                    $seconds = $sw.Elapsed.TotalSeconds
                    $after = " + Peak + @"
                    ""$before $after $seconds $n""
                    Get-OSPort -Network $net.Id | Remove-OSPort -Force -ThrottleLimit 32
                    Remove-OSNetwork $net.Id -Force"));

                Console.Error.WriteLine("bench: " + imageMiB + " MiB image up and down");
                var file = Path.Combine(dir, "image.raw");
                using (var f = new FileStream(file, FileMode.Create))
                {
                    var chunk = new byte[1 << 20];
                    new Random(1).NextBytes(chunk);
                    for (var i = 0; i < imageMiB; i++) f.Write(chunk, 0, chunk.Length);
                }
                rows.Add(Run("upload then download a " + imageMiB + " MiB image: peak memory growth", dir, @"
                    [GC]::Collect()
                    $before = " + Peak + @"
                    $sw = [Diagnostics.Stopwatch]::StartNew()
                    $img = New-OSImage -Name ""bench-image-$pid"" -File '" + file + @"' -DiskFormat raw -Wait
                    Save-OSImage $img.Id '" + Path.Combine(dir, "down.raw") + @"'
                    $seconds = $sw.Elapsed.TotalSeconds
                    $after = " + Peak + @"
                    ""$before $after $seconds 1""
                    Remove-OSImage $img.Id -Force"));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
            return rows;
        }

        private static Row Run(string scenario, string dir, string body)
        {
            var script = Path.Combine(dir, "run.ps1");
            File.WriteAllText(script, "$ErrorActionPreference = 'Stop'\n" + Engine.ImportAndConnect("testcloud-admin") + " | Out-Null\n" + body);
            var runner = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Engine.Manifest)))!,
                "tools", "OpenStack.Runner", "bin", "Release", "net10.0", "OpenStack.Runner.dll");
            var psi = new ProcessStartInfo("dotnet", "\"" + runner + "\" \"" + script + "\"") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEnd();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            var line = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Split(' ').Length == 4 && l.Split(' ').All(x => double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
            if (p.ExitCode != 0 || line == null) throw new InvalidOperationException(scenario + " failed: " + stderr + stdout);
            var v = line.Split(' ').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            var growthMiB = Math.Max(0, v[1] - v[0]) / (1024 * 1024);
            return new Row(scenario)
            {
                Note = "module: +" + growthMiB.ToString("0", CultureInfo.InvariantCulture) + " MiB peak working set (from " + (v[0] / (1024 * 1024)).ToString("0", CultureInfo.InvariantCulture) +
                       " MiB after import + connect), " + v[2].ToString("0.0", CultureInfo.InvariantCulture) + " s",
            };
        }
    }
}
