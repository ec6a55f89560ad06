using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OpenStack.Bench
{
    /// <summary>
    /// Peak memory rows, each in a fresh process so nothing else hides or inflates the peak. The module's script notes
    /// the process's peak working set after Import-Module + Connect-OpenStack and again at the end; the CLI and curl
    /// run under /usr/bin/time, which reports their peak resident size.
    /// </summary>
    internal static class Memory
    {
        private const string Cloud = "testcloud-admin";
        // A new Process object reads the figures afresh.
        private const string Peak = "([Diagnostics.Process]::GetCurrentProcess()).PeakWorkingSet64";
        /// <summary>Ports for the streaming row live on this network and are kept between runs: Neutron makes them slowly.</summary>
        public const string PortFixture = "bench-ports-fixture";

        public static List<Row> Measure(int ports, int imageMiB, bool useCli)
        {
            var rows = new List<Row>();
            var dir = Path.Combine(Path.GetTempPath(), "bench-mem-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                if (ports > 0) rows.Add(StreamPorts(dir, ports));
                if (imageMiB > 0) rows.Add(Image(dir, imageMiB, useCli));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
            return rows;
        }

        private static Row StreamPorts(string dir, int ports)
        {
            Console.Error.WriteLine("bench: making sure network " + PortFixture + " holds " + ports + " ports (kept for later runs)");
            RunModule(dir, @"
                $net = @(Get-OSNetwork -Name " + PortFixture + @")
                $net = if ($net.Count) { $net[0] } else { New-OSNetwork -Name " + PortFixture + @" }
                $have = @(Invoke-OSApi network ""ports?network_id=$($net.Id)&fields=id"").ports.Count
                for ($made = $have; $made -lt " + ports + @"; $made += 500) {
                    $batch = foreach ($i in 1..500) { @{ network_id = $net.Id; name = 'bench-port' } }
                    Invoke-OSApi network ports -Method POST -Body @{ ports = @($batch) } -TimeoutSec 3600 | Out-Null
                    [Console]::Error.WriteLine(""bench: $($made + 500) ports"") }
                ""0 0 0 0""");
            Console.Error.WriteLine("bench: streaming " + ports + " ports");
            var v = RunModule(dir, @"
                $net = Get-OSNetwork -Name " + PortFixture + @"
                [GC]::Collect()
                $before = " + Peak + @"
                $sw = [Diagnostics.Stopwatch]::StartNew()
                $n = 0; Get-OSPort -Network $net.Id | ForEach-Object { $n++ }
                $seconds = $sw.Elapsed.TotalSeconds
                $after = " + Peak + @"
                ""$before $after $seconds $n""");
            return new Row("stream " + v[3].ToString("N0", CultureInfo.InvariantCulture) + " ports: peak memory growth")
            {
                Module = Timing.Once(v[2]),
                Note = "module: " + Growth(v) + "; `Get-OSPort -Network … | ForEach-Object { $n++ }`",
            };
        }

        private static Row Image(string dir, int imageMiB, bool useCli)
        {
            Console.Error.WriteLine("bench: " + imageMiB + " MiB image up and down");
            var file = Path.Combine(dir, "image.raw");
            using (var f = new FileStream(file, FileMode.Create))
            {
                var chunk = new byte[1 << 20];
                new Random(1).NextBytes(chunk);
                for (var i = 0; i < imageMiB; i++) f.Write(chunk, 0, chunk.Length);
            }
            var down = Path.Combine(dir, "down.raw");
            var name = "bench-image-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var v = RunModule(dir, @"
                [GC]::Collect()
                $before = " + Peak + @"
                $sw = [Diagnostics.Stopwatch]::StartNew()
                $img = New-OSImage -Name " + name + "-m -File '" + file + @"' -DiskFormat raw -Wait
                Save-OSImage $img.Id '" + down + @"'
                $seconds = $sw.Elapsed.TotalSeconds
                $after = " + Peak + @"
                ""$before $after $seconds 1""
                Remove-OSImage $img.Id -Force");
            File.Delete(down);
            var row = new Row("upload then download a " + imageMiB.ToString("N0", CultureInfo.InvariantCulture) + " MiB image")
            {
                Module = Timing.Once(v[2]),
                Note = "peak memory: module " + Growth(v),
            };
            if (useCli)
            {
                var up = Timed("openstack", "--os-cloud", Cloud, "image", "create", "--disk-format", "raw", "--container-format", "bare", "--file", file, "-f", "value", "-c", "id", name + "-c");
                var id = up.Output.Trim();
                var save = Timed("openstack", "--os-cloud", Cloud, "image", "save", "--file", down, id);
                Cli.Run(Cloud, "image delete " + id);
                File.Delete(down);
                row.Cli = Timing.Once(up.Seconds + save.Seconds);
                row.Note += "; CLI " + Math.Max(up.PeakMiB, save.PeakMiB).ToString("0", CultureInfo.InvariantCulture) + " MiB peak resident size";
            }
            using (var raw = new RawHttp(Program.Config!))
            {
                raw.AuthenticateAsync().GetAwaiter().GetResult();
                var token = raw.Token;
                var glance = raw.Endpoint("image");
                var auth = "X-Auth-Token: " + token;
                var created = System.Text.Json.JsonDocument.Parse(Timed("curl", "-sf", "-X", "POST", "-H", auth, "-H", "Content-Type: application/json",
                    "-d", "{\"name\":\"" + name + "-r\",\"disk_format\":\"raw\",\"container_format\":\"bare\"}", glance + "/v2/images").Output);
                var id = created.RootElement.GetProperty("id").GetString();
                var put = Timed("curl", "-sf", "-X", "PUT", "-H", auth, "-H", "Content-Type: application/octet-stream", "-T", file, glance + "/v2/images/" + id + "/file");
                var get = Timed("curl", "-sf", "-H", auth, "-o", down, glance + "/v2/images/" + id + "/file");
                Timed("curl", "-sf", "-X", "DELETE", "-H", auth, glance + "/v2/images/" + id);
                row.Raw = Timing.Once(put.Seconds + get.Seconds);
                row.Note += "; curl " + Math.Max(put.PeakMiB, get.PeakMiB).ToString("0", CultureInfo.InvariantCulture) + " MiB";
            }
            return row;
        }

        internal static string Growth(double[] v) =>
            "+" + (Math.Max(0, v[1] - v[0]) / (1024 * 1024)).ToString("0", CultureInfo.InvariantCulture) + " MiB peak working set (from " +
            (v[0] / (1024 * 1024)).ToString("0", CultureInfo.InvariantCulture) + " MiB after import + connect)";

        /// <summary>Runs a script in a fresh runner process; its last line of four numbers is returned.</summary>
        internal static double[] RunModule(string dir, string body)
        {
            var script = Path.Combine(dir, "run.ps1");
            File.WriteAllText(script, "$ErrorActionPreference = 'Stop'\n" + Engine.ImportAndConnect(Cloud) + " | Out-Null\n" + body);
            var runner = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Engine.Manifest)))!,
                "tools", "OpenStack.Runner", "bin", "Release", "net10.0", "OpenStack.Runner.dll");
            var stdout = Timed("dotnet", runner, script).Output;
            var line = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Split(' ').Length == 4 &&
                l.Split(' ').All(x => double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
            if (line == null) throw new InvalidOperationException("The script printed no result: " + stdout);
            return line.Split(' ').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        }

        internal sealed record Run(string Output, double Seconds, double PeakMiB);

        /// <summary>Runs a command under /usr/bin/time (Debian's package "time") for its wall time and peak resident size.
        /// Its standard error passes through, so progress shows.</summary>
        internal static Run Timed(string file, params string[] arguments)
        {
            if (!File.Exists("/usr/bin/time")) throw new InvalidOperationException("The memory rows need /usr/bin/time: apt-get install time");
            var report = Path.GetTempFileName();
            var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-f", "%e %M", "-o", report, file }.Concat(arguments)) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            var figures = File.ReadAllText(report).Trim().Split('\n').Last().Split(' ');
            File.Delete(report);
            if (p.ExitCode != 0) throw new InvalidOperationException(file + " failed (exit " + p.ExitCode + "): " + output);
            return new Run(output, double.Parse(figures[0], CultureInfo.InvariantCulture), double.Parse(figures[1], CultureInfo.InvariantCulture) / 1024);
        }
    }
}
