using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace OpenStack.Bench
{
    /// <summary>
    /// Many small objects: a folder of N 1 KiB files uploaded (New-OSObject -Recurse, its default throttle, in a fresh
    /// process) against `swift upload` (its default 10 threads) and `openstack object create` with every file in one
    /// command; then the container listed whole (Get-OSObject, `swift list`, `openstack object list --all`).
    /// </summary>
    internal static class SmallObjects
    {
        private const string Cloud = "testcloud-admin";
        private const string OpenRc = ". /var/lib/testcloud/openrc admin >/dev/null && ";

        public static List<Row> Measure(int count, bool useCli)
        {
            Console.Error.WriteLine("bench: " + count + " small objects up, then listed");
            var dir = Path.Combine(Path.GetTempPath(), "bench-small-" + Guid.NewGuid().ToString("N"));
            var files = Path.Combine(dir, "f");
            Directory.CreateDirectory(files);
            var container = "bench-small-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var data = new byte[1024];
            new Random(2).NextBytes(data);
            for (var i = 0; i < count; i++) File.WriteAllBytes(Path.Combine(files, i.ToString("D6", CultureInfo.InvariantCulture) + ".bin"), data);
            var n = count.ToString("N0", CultureInfo.InvariantCulture);
            var upload = new Row("upload " + n + " objects of 1 KiB (a folder)");
            var list = new Row("list a container of " + n + " objects");
            try
            {
                var v = Memory.RunModule(dir, @"
                    $null = New-OSContainer " + container + @"-m
                    $sw = [Diagnostics.Stopwatch]::StartNew()
                    $null = New-OSObject -Container " + container + "-m -Path '" + files + @"' -Recurse
                    $up = $sw.Elapsed.TotalSeconds
                    $sw.Restart()
                    $listed = @(Get-OSObject " + container + @"-m).Count
                    $ls = $sw.Elapsed.TotalSeconds
                    ""$up $ls $listed 0""
                    Remove-OSContainer " + container + "-m -Recurse -Force");
                upload.Module = Timing.Once(v[0]);
                list.Module = Timing.Once(v[1]);
                upload.Note = "module: `New-OSObject -Path <folder> -Recurse` (default -ThrottleLimit)";
                list.Note = "module: `Get-OSObject` listed " + v[2].ToString("N0", CultureInfo.InvariantCulture);
                if (useCli)
                {
                    var swiftUp = Memory.Timed("bash", "-c", OpenRc + "cd '" + files + "' && swift upload " + container + "-s . >/dev/null");
                    var swiftLs = Memory.Timed("bash", "-c", OpenRc + "swift list " + container + "-s | wc -l");
                    Memory.Timed("bash", "-c", OpenRc + "swift delete " + container + "-s >/dev/null; true");
                    upload.Note += "; `swift upload` (10 threads) " + Seconds(swiftUp.Seconds);
                    list.Note += "; `swift list` " + Seconds(swiftLs.Seconds) + " (" + swiftLs.Output.Trim() + ")";
                    Cli.Run(Cloud, "container create " + container + "-c");
                    var args = new List<string> { "--os-cloud", Cloud, "object", "create", container + "-c" };
                    foreach (var f in Directory.GetFiles(files)) args.Add(f);
                    var cliUp = Memory.Timed("openstack", args.ToArray());
                    var cliLs = Memory.Timed("bash", "-c", "openstack --os-cloud " + Cloud + " object list --all -f value -c Name " + container + "-c | wc -l");
                    Memory.Timed("bash", "-c", OpenRc + "swift delete " + container + "-c >/dev/null; true");
                    upload.Cli = Timing.Once(cliUp.Seconds);
                    list.Cli = Timing.Once(cliLs.Seconds);
                    upload.Note += "; CLI: `openstack object create` with every file in one command";
                    list.Note += "; CLI `object list --all` (" + cliLs.Output.Trim() + ")";
                }
                return new List<Row> { upload, list };
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private static string Seconds(double s) => s.ToString("0.0", CultureInfo.InvariantCulture) + " s";
    }
}
