using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Swift in the local cloud, as the demo user: Static Large Objects (a cancelled upload leaves nothing, a completed
    /// one comes back byte for byte), temp URLs fetched without a token, listings paged past a small page size.
    /// Lifecycle, folders and ACLs are in tests/Pester/ObjectStorage.Tests.ps1.
    /// </summary>
    public sealed class ObjectStorageTests : CloudScriptTest
    {
        private readonly string _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "it-swift-" + Guid.NewGuid().ToString("N"))).FullName;

        public ObjectStorageTests() : base("it-swift", TestCloud.Demo) { }

        protected override Dictionary<string, object?> Vars =>
            new Dictionary<string, object?> { ["prefix"] = Prefix, ["dir"] = _dir, ["container"] = Prefix + "-c" };

        protected override string Cleanup => "Get-OSContainer -Prefix $prefix | Remove-OSContainer -Recurse -Force";

        protected override void OnDisposed() => Directory.Delete(_dir, true);

        private string RandomFile(string name, int size)
        {
            var path = Path.Combine(_dir, name);
            var data = new byte[size];
            new Random(size).NextBytes(data);
            File.WriteAllBytes(path, data);
            return path;
        }

        [Fact]
        public void A_cancelled_large_upload_leaves_nothing_and_a_completed_one_downloads_byte_for_byte()
        {
            var source = RandomFile("big.bin", 600 * 1024 + 7);
            Ps.Run("$null = New-OSContainer $container", Vars).ThrowIfFailed();

            // 4 KiB segments, two at a time: about 150 PUTs, stopped once some are written.
            var stop = Ps.RunAndStop("New-OSObject -Container $container -Path $source -SegmentSize 4KB -ThrottleLimit 2",
                p => p.Activity.StartsWith("Uploading ", StringComparison.Ordinal) && p.PercentComplete >= 10,
                new Dictionary<string, object?>(Vars) { ["source"] = source });
            Assert.Equal(System.Management.Automation.PSInvocationState.Stopped, stop.State);
            var left = Ps.Run(@"
                @(Get-OSObject $container).Count
                @(Get-OSObject ""$container`_segments"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "0", "0" }, left.Output.Select(o => o.ToString()));

            var done = Ps.Run(@"
                $o = New-OSObject -Container $container -Path $source -Name big.bin -SegmentSize 64KB
                $o.IsLargeObject; $o.Bytes
                @(Get-OSObject ""$container`_segments"").Count
                (Save-OSObject -Container $container -Name big.bin -Path ([IO.Path]::Combine($dir, 'back.bin'))).Length",
                new Dictionary<string, object?>(Vars) { ["source"] = source }).ThrowIfFailed();
            Assert.Equal(new[] { "True", (600 * 1024 + 7).ToString(), "10", (600 * 1024 + 7).ToString() }, done.Output.Select(o => o.ToString()));
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(_dir, "back.bin")));
            Assert.Contains(done.Progress, p => p.Activity == "Uploading " + Prefix + "-c/big.bin" && p.PercentComplete == 100);
            Assert.Contains(done.Progress, p => p.Activity == "Downloading " + Prefix + "-c/big.bin");

            // The manifest takes its segments with it.
            var removed = Ps.Run(@"
                Remove-OSObject $container big.bin -Force
                @(Get-OSObject ""$container`_segments"").Count", Vars).ThrowIfFailed();
            Assert.Equal("0", removed.Output.Single().ToString());
        }

        [Fact]
        public void Replacing_a_large_object_removes_its_segments_unless_told_to_leave_them()
        {
            var source = RandomFile("big.bin", 600 * 1024 + 7);
            var r = Ps.Run(@"
                $null = New-OSContainer $container
                $segments = { @(Get-OSObject ""$container`_segments"").Count }
                $null = New-OSObject -Container $container -Path $source -SegmentSize 64KB; & $segments
                $null = New-OSObject -Container $container -Path $source -SegmentSize 128KB -Verbose; & $segments
                $null = New-OSObject -Container $container -Path $source -SegmentSize 200KB -LeaveSegments; & $segments
                $o = New-OSObject -Container $container -Path $source; & $segments; $o.IsLargeObject",
                new Dictionary<string, object?>(Vars) { ["source"] = source });
            r.ThrowIfFailed();
            // 10 segments; replaced by 5; 4 more beside them; the plain object removes the 4 of the manifest it replaced.
            Assert.Equal(new[] { "10", "5", "9", "5", "False" }, r.Output.Select(o => o.ToString()));
            Assert.Contains(r.Verbose, l => l.Contains("Removed the 10 segments of the large object", StringComparison.Ordinal));
        }

        /// <summary>
        /// A new object costs one PUT (sent only where no object is, If-None-Match) and is described from Swift's answer;
        /// over an object already there the PUT is refused with 412, the object read for segments, and the PUT sent again.
        /// </summary>
        [Fact]
        public void A_new_small_object_is_one_put_and_one_already_there_is_read_then_replaced()
        {
            var first = RandomFile("first.txt", 700);
            var second = RandomFile("second.txt", 300);
            Ps.Run("$null = New-OSContainer $container", Vars).ThrowIfFailed();
            var vars = new Dictionary<string, object?>(Vars) { ["first"] = first, ["second"] = second };
            var created = Ps.Run(@"
                $o = New-OSObject -Container $container -Path $first -Name one.txt -Metadata @{ owner = 'ops' } -Verbose
                $o.Bytes; $o.Hash; $o.Metadata['owner']; $null -ne $o.LastModified; ""$o""", vars).ThrowIfFailed();
            Assert.Equal(new[] { "700", Md5(first), "ops", "True", Prefix + "-c/one.txt" }, created.Output.Select(o => o.ToString()));
            Assert.Equal((1, 0), Requests(created.Verbose));

            var replaced = Ps.Run("(New-OSObject -Container $container -Path $second -Name one.txt -Verbose).Hash", vars).ThrowIfFailed();
            Assert.Equal(Md5(second), replaced.Output.Single().ToString());
            Assert.Equal((2, 1), Requests(replaced.Verbose));
            var read = Ps.Run("$read = Get-OSObject $container one.txt; $read.Bytes; $read.Hash; $read.Metadata.Count", vars).ThrowIfFailed();
            Assert.Equal(new[] { "300", Md5(second), "0" }, read.Output.Select(o => o.ToString()));

            (int Puts, int Heads) Requests(IEnumerable<string> verbose)
            {
                var url = "/" + Prefix + "-c/one.txt";
                var lines = verbose.Where(v => v.EndsWith(url, StringComparison.Ordinal)).ToList();
                return (lines.Count(v => v.StartsWith("HTTP PUT ", StringComparison.Ordinal)), lines.Count(v => v.StartsWith("HTTP HEAD ", StringComparison.Ordinal)));
            }
            static string Md5(string path)
            {
                using var md5 = System.Security.Cryptography.MD5.Create();
                return Convert.ToHexString(md5.ComputeHash(File.ReadAllBytes(path))).ToLowerInvariant();
            }
        }

        [Fact]
        public async System.Threading.Tasks.Task A_temp_url_works_without_a_token_then_expires_and_its_key_is_never_traced()
        {
            var source = RandomFile("shared.txt", 1000);
            const string Key = "it-temp-url-key-3f9c2a7d5b";
            var r = Ps.Run(@"
                $null = New-OSContainer $container
                $null = New-OSObject -Container $container -Path $source
                $null = Invoke-OSApi object-store $container -Method POST -Header @{ 'X-Container-Meta-Temp-URL-Key' = $key }
                New-OSObjectTempUrl $container shared.txt -ContainerKey -LifetimeSec 3 -Verbose -Debug",
                new Dictionary<string, object?>(Vars) { ["source"] = source, ["key"] = Key });
            r.ThrowIfFailed();
            Assert.DoesNotContain(Key, r.AllText());
            Assert.Contains(r.Debug.Concat(r.Verbose), l => l.Contains("Temp-Url-Key: ***", StringComparison.OrdinalIgnoreCase));
            var url = r.Output.Single().Properties["Url"].Value.ToString()!;

            using var http = new HttpClient();
            var ok = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal(File.ReadAllBytes(source), await ok.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(url.Replace("temp_url_sig=", "temp_url_sig=0"))).StatusCode);

            await System.Threading.Tasks.Task.Delay(4500);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(url)).StatusCode);
        }

        [Fact]
        public void Listings_follow_the_marker_past_a_small_page_size()
        {
            var source = RandomFile("one.txt", 10);
            var r = Ps.Run(@"
                $null = New-OSContainer $container, ""$container-2"", ""$container-3""
                foreach ($n in 'a', 'b', 'c', 'd', 'e') { $null = New-OSObject -Container $container -Path $source -Name ""$n.txt"" }
                (Get-OSObject $container -PageSize 2 -Verbose).Name -join ','
                (Get-OSContainer -Prefix $container -PageSize 2).Name -join ','", new Dictionary<string, object?>(Vars) { ["source"] = source });
            r.ThrowIfFailed();
            Assert.Equal("a.txt,b.txt,c.txt,d.txt,e.txt", r.Output[0].ToString());
            Assert.Equal(Prefix + "-c," + Prefix + "-c-2," + Prefix + "-c-3", r.Output[1].ToString());
            // Three pages of the objects: the first, then after b.txt and after d.txt.
            var listings = r.Verbose.Where(v => v.StartsWith("HTTP GET ", StringComparison.Ordinal) && v.Contains("/" + Prefix + "-c?format=json")).ToList();
            Assert.Equal(3, listings.Count);
            Assert.Contains(listings, l => l.Contains("marker=b.txt"));
            Assert.Contains(listings, l => l.Contains("marker=d.txt"));
            // Container names complete from the listing.
            Assert.Equal(new[] { Prefix + "-c", Prefix + "-c-2", Prefix + "-c-3" },
                Ps.Complete("Get-OSObject -Container " + Prefix).Select(c => c.CompletionText));
        }
    }
}
