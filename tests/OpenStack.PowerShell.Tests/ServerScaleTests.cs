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
        public void Two_hundred_fifty_servers_list_through_small_pages_and_a_stopped_list_ends_at_once()
        {
            // One request boots 250 servers; Nova lists them while they build, which is all paging needs.
            var r = Ps.Run(@"
                @(New-OSServer -Name ""$prefix-pg"" -Image testcloud-image -Flavor m1.nano -NoNetwork -Count 250).Count
                $listed = @(Get-OSServer -Name ""$prefix-pg*"" -PageSize 20 -Verbose)
                $listed.Count; @([Linq.Enumerable]::Distinct([string[]]$listed.Id)).Count", Vars).ThrowIfFailed();
            // Every server of the batch is written, not just the first Nova answers with.
            Assert.Equal(new[] { "250", "250", "250" }, r.Output.Select(o => o.ToString()));
            // 250 in pages of 20 is 13 pages (a 14th request may confirm the end).
            var pages = r.Verbose.Count(v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("servers/detail"));
            Assert.InRange(pages, 13, 14);

            // Ctrl+C on the third page: the listing stops there instead of walking the other ten.
            var stopped = Ps.RunAndStopOnVerbose(
                "Get-OSServer -Name \"$prefix-pg*\" -PageSize 20 -Verbose | ForEach-Object { [Threading.Thread]::Sleep(50) }",
                v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("marker="), Vars);
            Assert.Equal(PSInvocationState.Stopped, stopped.State);
            Assert.Empty(stopped.Errors);
            Assert.InRange(stopped.StopTook, TimeSpan.Zero, TimeSpan.FromSeconds(10));

            var after = Ps.Run("@(Get-OSServer -Name \"$prefix-pg*\").Count", Vars).ThrowIfFailed();
            Assert.Equal("250", after.Output.Single().ToString());
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
    }
}
