using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace OpenStack.Bench
{
    /// <summary>
    /// Many small objects: a folder of N 1 KiB files uploaded (New-OSObject -Recurse, its default throttle, in a fresh
    /// process) against `swift upload` (its default 10 threads) and `openstack object create` with every file in one
    /// command; then the module's container listed whole (Get-OSObject, `swift list`, `openstack object list --all`, and
    /// a bare HttpClient paging with markers).
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
                    ""$up $ls $listed 0""");
                upload.Module = Timing.Once(v[0]);
                list.Module = Timing.Once(v[1]);
                upload.Note = "module: `New-OSObject -Path <folder> -Recurse` (default -ThrottleLimit)";
                list.Note = "module: `Get-OSObject` listed " + v[2].ToString("N0", CultureInfo.InvariantCulture);
                ListElsewhere(list, container + "-m", useCli);
                if (useCli)
                {
                    var swiftUp = Memory.Timed("bash", "-c", OpenRc + "cd '" + files + "' && swift upload " + container + "-s . >/dev/null");
                    Memory.Timed("bash", "-c", OpenRc + "swift delete " + container + "-s >/dev/null; true");
                    upload.Note += "; `swift upload` (10 threads) " + Seconds(swiftUp.Seconds);
                    Cli.Run(Cloud, "container create " + container + "-c");
                    var args = new List<string> { "--os-cloud", Cloud, "object", "create", container + "-c" };
                    foreach (var f in Directory.GetFiles(files)) args.Add(f);
                    var cliUp = Memory.Timed("openstack", args.ToArray());
                    Memory.Timed("bash", "-c", OpenRc + "swift delete " + container + "-c >/dev/null; true");
                    upload.Cli = Timing.Once(cliUp.Seconds);
                    upload.Note += "; CLI: `openstack object create` with every file in one command";
                }
                return new List<Row> { upload, list };
            }
            finally
            {
                Memory.Timed("bash", "-c", OpenRc + "swift delete " + container + "-m >/dev/null 2>&1; true");
                Directory.Delete(dir, true);
            }
        }

        /// <summary>
        /// A container of N objects listed whole: the module (Get-OSObject, in the process that put them there), `swift list`,
        /// `openstack object list --all` and a bare HttpClient. The objects are uploaded by the module, untimed.
        /// </summary>
        public static Row MeasureListing(int count, bool useCli)
        {
            Console.Error.WriteLine("bench: a container of " + count + " objects listed");
            var dir = Path.Combine(Path.GetTempPath(), "bench-list-" + Guid.NewGuid().ToString("N"));
            var files = Path.Combine(dir, "f");
            Directory.CreateDirectory(files);
            var container = "bench-list-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            for (var i = 0; i < count; i++) File.WriteAllBytes(Path.Combine(files, i.ToString("D6", CultureInfo.InvariantCulture) + ".txt"), new byte[] { 42 });
            var list = new Row("list a container of " + count.ToString("N0", CultureInfo.InvariantCulture) + " objects");
            try
            {
                var v = Memory.RunModule(dir, @"
                    $null = New-OSContainer " + container + @"
                    $null = New-OSObject -Container " + container + " -Path '" + files + @"' -Recurse
                    $sw = [Diagnostics.Stopwatch]::StartNew()
                    $listed = @(Get-OSObject " + container + @").Count
                    ""$($sw.Elapsed.TotalSeconds) $listed 0 0""");
                list.Module = Timing.Once(v[0]);
                list.Note = "module: `Get-OSObject` listed " + v[1].ToString("N0", CultureInfo.InvariantCulture) + " (in the process that uploaded them)";
                ListElsewhere(list, container, useCli);
                return list;
            }
            finally
            {
                Memory.Timed("bash", "-c", OpenRc + "swift delete " + container + " >/dev/null 2>&1; true");
                Directory.Delete(dir, true);
            }
        }

        /// <summary>The module's container listed whole by the others: a bare HttpClient, `swift list` and the CLI.</summary>
        private static void ListElsewhere(Row list, string container, bool useCli)
        {
            var (rawSeconds, rawCount) = RawList(container);
            list.Raw = Timing.Once(rawSeconds);
            list.Note += "; raw: `GET ?format=json` pages of 10,000 with markers, " + rawCount.ToString("N0", CultureInfo.InvariantCulture);
            if (!useCli) return;
            var swiftLs = Memory.Timed("bash", "-c", OpenRc + "swift list " + container + " | wc -l");
            var cliLs = Memory.Timed("bash", "-c", "openstack --os-cloud " + Cloud + " object list --all -f value -c Name " + container + " | wc -l");
            list.Cli = Timing.Once(cliLs.Seconds);
            list.Note += "; `swift list` " + Seconds(swiftLs.Seconds) + " (" + swiftLs.Output.Trim() + "); CLI `object list --all` (" + cliLs.Output.Trim() + ")";
        }

        /// <summary>The container listed whole with a bare HttpClient (token taken before the timing): the floor for any client.</summary>
        private static (double Seconds, int Count) RawList(string container)
        {
            using var raw = new RawHttp(Program.Config!);
            raw.AuthenticateAsync().GetAwaiter().GetResult();
            var url = raw.Endpoint("object-store") + "/" + Uri.EscapeDataString(container) + "?format=json&limit=10000";
            var watch = Stopwatch.StartNew();
            var count = 0;
            string? marker = null;
            while (true)
            {
                using var page = raw.GetAsync(url + (marker == null ? "" : "&marker=" + Uri.EscapeDataString(marker))).GetAwaiter().GetResult();
                var n = page.RootElement.GetArrayLength();
                count += n;
                if (n < 10000) break;
                marker = page.RootElement[n - 1].GetProperty("name").GetString();
            }
            return (watch.Elapsed.TotalSeconds, count);
        }

        private static string Seconds(double s) => s.ToString("0.0", CultureInfo.InvariantCulture) + " s";
    }
}
