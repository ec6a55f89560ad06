using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace OpenStack.Bench
{
    /// <summary>
    /// Create N volumes, wait until every one is available, delete them all and wait until they are gone: the module
    /// (one New-OSVolume per volume, a listing until all are available, Remove-OSVolume -Wait from the pipeline)
    /// against the CLI (one `volume create` per volume, `volume list` until all are available, one `volume delete`
    /// with every id, `volume list` until none is left).
    /// </summary>
    internal static class Volumes
    {
        private const string Cloud = "testcloud-admin";

        public static async Task<Row> MeasureAsync(int count, bool useCli)
        {
            using var rs = Engine.NewRunspace();
            Engine.Run(rs, Engine.ImportAndConnect(Cloud));
            // The admin project may hold many volumes here, as in the test suite.
            Engine.Run(rs, "$p = (Get-OSSession).ProjectId; Invoke-OSApi volumev3 \"os-quota-sets/$p\" -Method PUT " +
                           "-Body @{ quota_set = @{ volumes = 1000; gigabytes = 10000 } } | Out-Null");
            var name = "bench-vol-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var vars = new Dictionary<string, object?> { ["name"] = name, ["count"] = count };
            Console.Error.WriteLine("bench: " + count + " volumes with the module");
            var row = new Row("create " + count + " volumes, wait until available, delete them and wait until gone")
            {
                Module = await Timing.Of(1, () => Engine.Run(rs, @"
                    1..$count | ForEach-Object { New-OSVolume -Name ""$name-m$_"" -Size 1 } | Out-Null
                    $deadline = [DateTime]::UtcNow.AddMinutes(30)
                    while (@(Get-OSVolume -Name ""$name-m*"" | Where-Object Status -ne available).Count) {
                        if ([DateTime]::UtcNow -gt $deadline) { throw 'volumes never became available' }
                        [Threading.Thread]::Sleep(1000)
                    }
                    Get-OSVolume -Name ""$name-m*"" | Remove-OSVolume -Force -Wait -TimeoutSec 1800", vars)),
                Note = "module: New-OSVolume ×" + count + ", Get-OSVolume until available, `Remove-OSVolume -Wait` (default throttle); " +
                       "CLI: `volume create` ×" + count + ", `volume list` until available, one `volume delete` with all ids, `volume list` until gone",
            };
            if (useCli)
            {
                Console.Error.WriteLine("bench: " + count + " volumes with the CLI");
                row.Cli = await Timing.Of(1, () =>
                {
                    for (var i = 1; i <= count; i++) Cli.Run(Cloud, "volume create --size 1 " + name + "-c" + i + " -f value -c id");
                    var ids = WaitWithCli(name + "-c", count, "available");
                    Cli.Run(Cloud, "volume delete " + string.Join(" ", ids));
                    WaitWithCli(name + "-c", 0, null);
                });
            }
            return row;
        }

        /// <summary>Lists volumes with the CLI until <paramref name="count"/> of those named with the prefix have the status
        /// (or, with a null status, until exactly that many exist); returns their ids.</summary>
        private static List<string> WaitWithCli(string prefix, int count, string? status)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromMinutes(30))
            {
                var mine = Cli.Output(Cloud, "volume list --long -f value -c ID -c Name -c Status")
                    .Split('\n').Select(l => l.Trim().Split(' ')).Where(f => f.Length >= 3 && f[1].StartsWith(prefix, StringComparison.Ordinal)).ToList();
                var done = status == null ? mine : mine.Where(f => f[2] == status).ToList();
                if (done.Count == count && mine.Count == count) return done.Select(f => f[0]).ToList();
            }
            throw new TimeoutException("The CLI never saw " + count + " volumes " + (status ?? "left"));
        }
    }
}
