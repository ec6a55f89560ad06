using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Many servers at once against the local cloud: paging through hundreds, and Ctrl+C in lists, waits and bulk actions.</summary>
    public sealed class ServerScaleTests : CloudScriptTest
    {
        public ServerScaleTests() : base("it-scale", TestCloud.Admin) { }

        protected override string Cleanup => "Get-OSServer -Name \"$prefix*\" | Remove-OSServer -Force -Wait -TimeoutSec 300 -ThrottleLimit 16 -ErrorAction SilentlyContinue";

        [Fact]
        public void A_hundred_servers_list_through_small_pages_and_a_stopped_list_ends_at_once()
        {
            // One request boots 100 servers; Nova lists them while they build, which is all paging needs.
            var r = Ps.Run(@"
                @(New-OSServer -Name ""$prefix-pg"" -Image testcloud-image -Flavor m1.nano -NoNetwork -Count 100).Count
                $listed = @(Get-OSServer -Name ""$prefix-pg*"" -PageSize 8 -Verbose)
                $listed.Count; @([Linq.Enumerable]::Distinct([string[]]$listed.Id)).Count", Vars).ThrowIfFailed();
            // Every server of the batch is written, not just the first Nova answers with.
            Assert.Equal(new[] { "100", "100", "100" }, r.Output.Select(o => o.ToString()));
            // 100 in pages of 8 is 13 pages (a 14th request may confirm the end).
            var pages = r.Verbose.Count(v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("servers/detail"));
            Assert.InRange(pages, 13, 14);

            // Ctrl+C on the third page: the listing stops there instead of walking the other ten.
            var stopped = Ps.RunAndStopOnVerbose(
                "Get-OSServer -Name \"$prefix-pg*\" -PageSize 8 -Verbose | ForEach-Object { [Threading.Thread]::Sleep(50) }",
                v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("marker="), Vars);
            Assert.Equal(PSInvocationState.Stopped, stopped.State);
            Assert.Empty(stopped.Errors);
            Assert.InRange(stopped.StopTook, TimeSpan.Zero, TimeSpan.FromSeconds(10));

            var after = Ps.Run("@(Get-OSServer -Name \"$prefix-pg*\").Count", Vars).ThrowIfFailed();
            Assert.Equal("100", after.Output.Single().ToString());
        }

        [Fact]
        public void Ctrl_C_ends_a_wait_and_a_bulk_action_in_flight_and_the_session_goes_on()
        {
            // A wait of up to ten minutes, stopped as soon as it reports progress.
            var wait = Ps.RunAndStop(
                "New-OSServer -Name \"$prefix-wait\" -Image testcloud-image -Flavor m1.nano -NoNetwork -Wait -TimeoutSec 600",
                p => p.Activity.StartsWith("Creating server", StringComparison.Ordinal), Vars);
            Assert.Equal(PSInvocationState.Stopped, wait.State);
            Assert.Empty(wait.Errors);
            Assert.InRange(wait.StopTook, TimeSpan.Zero, TimeSpan.FromSeconds(10));

            var ready = Ps.Run(@"
                $batch = @(New-OSServer -Name ""$prefix-bulk"" -Image testcloud-image -Flavor m1.nano -NoNetwork -Count 8 -Wait)
                @($batch | Where-Object Status -eq ACTIVE).Count
                for ($i = 0; $i -lt 120 -and @(Get-OSServer -Name ""$prefix-*"" -Status ACTIVE).Count -lt 9; $i++) { [Threading.Thread]::Sleep(2000) }
                @(Get-OSServer -Name ""$prefix-*"" -Status ACTIVE).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "8", "9" }, ready.Output.Select(o => o.ToString()));

            // Eight stops with waits in flight; Ctrl+C once the first request has gone out.
            var bulk = Ps.RunAndStopOnVerbose(
                "Get-OSServer -Name \"$prefix-*\" | Stop-OSServer -Wait -TimeoutSec 600 -Verbose",
                v => v.StartsWith("HTTP POST", StringComparison.Ordinal) && v.Contains("/action"), Vars);
            Assert.Equal(PSInvocationState.Stopped, bulk.State);
            Assert.Empty(bulk.Errors);
            Assert.InRange(bulk.StopTook, TimeSpan.Zero, TimeSpan.FromSeconds(10));

            // The session is intact: once the stops that did go out have settled, the rest are stopped to the end.
            var r = Ps.Run(@"
                for ($i = 0; $i -lt 60 -and @(Get-OSServer -Name ""$prefix-*"" | Where-Object TaskState).Count -gt 0; $i++) { [Threading.Thread]::Sleep(1000) }
                # A stop still powering off on a busy host is left to end on its own (stopping it again is Nova's 409).
                Get-OSServer -Name ""$prefix-*"" | Where-Object { $_.Status -eq 'ACTIVE' -and -not $_.TaskState } | Stop-OSServer -Wait -TimeoutSec 300
                for ($i = 0; $i -lt 60 -and @(Get-OSServer -Name ""$prefix-*"" -Status SHUTOFF).Count -lt 9; $i++) { [Threading.Thread]::Sleep(2000) }
                @(Get-OSServer -Name ""$prefix-*"" -Status SHUTOFF).Count", Vars).ThrowIfFailed();
            Assert.Equal("9", r.Output.Last().ToString());
        }

        [Fact]
        public void Twelve_servers_stopped_and_started_with_Wait_are_polled_with_one_listing_per_poll()
        {
            var boot = Ps.Run(@"@(New-OSServer -Name ""$prefix-poll"" -Image testcloud-image -Flavor m1.nano -NoNetwork -Count 12 -Wait | Where-Object Status -eq ACTIVE).Count",
                Vars).ThrowIfFailed();
            Assert.Equal("12", boot.Output.Single().ToString());
            foreach (var (verb, status) in new[] { ("Stop", "SHUTOFF"), ("Start", "ACTIVE") })
            {
                var r = Ps.Run(@"
                    $servers = @(Get-OSServer -Name ""$prefix-poll*"")
                    $watch = [Diagnostics.Stopwatch]::StartNew()
                    $servers | " + verb + @"-OSServer -Wait -TimeoutSec 300 -Verbose
                    $watch.Elapsed.TotalSeconds
                    @(Get-OSServer -Name ""$prefix-poll*"" -Status " + status + ").Count", Vars).ThrowIfFailed();
                var seconds = (double)r.Output[0].BaseObject;
                Assert.Equal("12", r.Output[1].ToString());
                var gets = r.Verbose.Where(v => v.StartsWith("HTTP GET ", StringComparison.Ordinal)).ToList();
                var listings = gets.Count(v => v.Contains("/servers/detail?changes-since=", StringComparison.Ordinal));
                // A GET per server per poll would be 12 a poll: the polls are listings, no more than one per half second,
                // and GETs only while no more than two waits run (the first to begin, the last to end).
                Assert.True(listings <= 2 + 2 * seconds, listings + " listings in " + seconds + " s");
                Assert.True(gets.Count - listings <= 8, string.Join("\n", gets));
                Assert.True(gets.Count <= 8 + 2 * seconds, gets.Count + " GETs in " + seconds + " s");
                // Each wait still reports what it saw, as before.
                Assert.Equal(12, r.Verbose.Count(v => v.StartsWith("Server ", StringComparison.Ordinal) && v.Contains(": " + status + " after ", StringComparison.Ordinal)));
            }
        }
    }
}
