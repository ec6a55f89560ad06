using System;
using System.Globalization;
using System.IO;

namespace OpenStack.Bench
{
    /// <summary>
    /// A large object up and down, with peak memory: the module (New-OSObject as a Static Large Object, Save-OSObject) in a
    /// fresh process, against `openstack object create` / `object save` (one PUT, no segments) and the swift CLI
    /// (`swift upload --segment-size`, `swift download`).
    /// </summary>
    internal static class Objects
    {
        private const string Cloud = "testcloud-admin";

        public static Row Measure(int mib, int segmentMiB, bool useCli)
        {
            Console.Error.WriteLine("bench: " + mib + " MiB object up and down in " + segmentMiB + " MiB segments");
            var dir = Path.Combine(Path.GetTempPath(), "bench-obj-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var container = "bench-obj-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            try
            {
                var file = Path.Combine(dir, "object.bin");
                using (var f = new FileStream(file, FileMode.Create))
                {
                    var chunk = new byte[1 << 20];
                    new Random(1).NextBytes(chunk);
                    for (var i = 0; i < mib; i++) f.Write(chunk, 0, chunk.Length);
                }
                var down = Path.Combine(dir, "down.bin");
                var v = Memory.RunModule(dir, @"
                    $null = New-OSContainer " + container + @"-m
                    [GC]::Collect()
                    $before = ([Diagnostics.Process]::GetCurrentProcess()).PeakWorkingSet64
                    $sw = [Diagnostics.Stopwatch]::StartNew()
                    $null = New-OSObject -Container " + container + "-m -Path '" + file + "' -Name big -SegmentSize " + segmentMiB + @"MB
                    $null = Save-OSObject -Container " + container + "-m -Name big -Path '" + down + @"'
                    $seconds = $sw.Elapsed.TotalSeconds
                    $after = ([Diagnostics.Process]::GetCurrentProcess()).PeakWorkingSet64
                    ""$before $after $seconds 1""
                    Remove-OSContainer " + container + "-m -Recurse -Force");
                File.Delete(down);
                var row = new Row("upload then download a " + mib.ToString("N0", CultureInfo.InvariantCulture) + " MiB object")
                {
                    Module = Timing.Once(v[2]),
                    Note = "module: `New-OSObject -SegmentSize " + segmentMiB + "MB` (SLO, segments in parallel), `Save-OSObject`, " + Memory.Growth(v),
                };
                if (useCli)
                {
                    Cli.Run(Cloud, "container create " + container + "-c");
                    var up = Memory.Timed("openstack", "--os-cloud", Cloud, "object", "create", "--name", "big", container + "-c", file);
                    var save = Memory.Timed("openstack", "--os-cloud", Cloud, "object", "save", "--file", down, container + "-c", "big");
                    Cli.Run(Cloud, "object delete " + container + "-c big");
                    Cli.Run(Cloud, "container delete " + container + "-c");
                    File.Delete(down);
                    row.Cli = Timing.Once(up.Seconds + save.Seconds);
                    row.Note += "; CLI (one PUT) " + Math.Max(up.PeakMiB, save.PeakMiB).ToString("0", CultureInfo.InvariantCulture) + " MiB peak resident size";
                    // The swift CLI reads OS_* variables, not clouds.yaml: the openrc the local cloud writes.
                    var openrc = ". /var/lib/testcloud/openrc admin >/dev/null && ";
                    var swiftUp = Memory.Timed("bash", "-c", openrc + "swift upload --segment-size " + segmentMiB + "M --object-name big " + container + "-s '" + file + "' >/dev/null");
                    var swiftDown = Memory.Timed("bash", "-c", openrc + "swift download -o '" + down + "' " + container + "-s big >/dev/null");
                    Memory.Timed("bash", "-c", openrc + "swift delete " + container + "-s >/dev/null; swift delete " + container + "-s_segments >/dev/null 2>&1; true");
                    row.Note += "; `swift upload --segment-size " + segmentMiB + "M` + `swift download` " +
                        (swiftUp.Seconds + swiftDown.Seconds).ToString("0.0", CultureInfo.InvariantCulture) + " s, " +
                        Math.Max(swiftUp.PeakMiB, swiftDown.PeakMiB).ToString("0", CultureInfo.InvariantCulture) + " MiB";
                }
                return row;
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
