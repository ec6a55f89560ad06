using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Servers and flavors through the cmdlets, against the local cloud's Nova (fake driver).</summary>
    public sealed class ComputeTests : CloudScriptTest
    {
        public ComputeTests() : base("it-vm", TestCloud.Admin) { }

        protected override string Cleanup => "Get-OSServer -Name \"$prefix*\" | Remove-OSServer -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue; " +
                    "Invoke-OSApi network \"networks?name=$prefix-dup\" | ForEach-Object { $_.networks } | ForEach-Object { Invoke-OSApi network \"networks/$($_.id)\" -Method DELETE }";

        [Fact]
        public void Flavors_by_disk_name_and_id()
        {
            var r = Ps.Run("(Get-OSFlavor | Where-Object Disk -eq 20).Name; @(Get-OSFlavor -Name 'm1.*').Count; (Get-OSFlavor -Id m1.small).Id; (Get-OSFlavor -MinDisk 40).Name -join ','").ThrowIfFailed();
            Assert.Equal(new[] { "m1.small", "6", "2", "m1.medium,m1.large,m1.xlarge" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Server_lifecycle_through_the_pipeline()
        {
            var r = Ps.Run(@"
                $s = New-OSServer -Name ""$prefix-life"" -Image testcloud-image -Flavor m1.nano -Network private -Metadata @{ role = 'web' } -Wait
                $s.Status; $s.Metadata['role']; $s.IPv4.Count
                ($s | Stop-OSServer -Wait -PassThru).Status
                (Get-OSServer -Id $s.Id | Start-OSServer -Wait -PassThru).Status
                (Restart-OSServer $s.Id -Hard -Wait -PassThru).Status
                ($s | Suspend-OSServer -Wait -PassThru).Status
                ($s | Resume-OSServer -Wait -PassThru).Status
                ($s | Lock-OSServer -PassThru).Locked
                ($s | Unlock-OSServer -PassThru).Locked
                $s | Remove-OSServer -Force -Wait
                @(Get-OSServer -Name ""$prefix-life"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "ACTIVE", "web", "1", "SHUTOFF", "ACTIVE", "ACTIVE", "SUSPENDED", "ACTIVE", "True", "False", "0" },
                r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Wait_on_a_server_that_fails_reports_its_fault()
        {
            // More memory than the fake hypervisor has (but within quota): the scheduler finds no host.
            var r = Ps.Run(@"
                New-OSFlavor -Name ""$prefix-huge"" -Vcpus 1 -Ram 1000000 -Disk 1 -Id ""$prefix-huge"" | Out-Null
                try { New-OSServer -Name ""$prefix-err"" -Image testcloud-image -Flavor ""$prefix-huge"" -NoNetwork -Wait -TimeoutSec 120; 'went on' }
                finally { Remove-OSFlavor ""$prefix-huge"" -Force }", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.ResourceFailed", error.FullyQualifiedErrorId);
            Assert.Matches("went to status ERROR: .*No valid host", error.Exception.Message);
            Assert.Equal(Prefix + "-err", error.TargetObject);
            Assert.Equal("went on", Assert.Single(r.Output).ToString());
        }

        /// <summary>Nova's own filters: change times (sent as ISO 8601 UTC), deleted servers and the compute host (admin).</summary>
        [Fact]
        public void Servers_by_change_time_deletion_and_compute_host()
        {
            var r = Ps.Run(@"
                $t = [DateTime]::Now
                [Threading.Thread]::Sleep(2000)
                $s = New-OSServer -Name ""$prefix-chg"" -Image testcloud-image -Flavor m1.nano -Network private -Wait
                @(Get-OSServer -Name ""$prefix-chg"" -ChangesSince $t).Count
                @(Get-OSServer -Name ""$prefix-chg"" -ChangesBefore $t).Count
                @(Get-OSServer -Name ""$prefix-chg"" -ChangesBefore ([DateTime]::UtcNow.AddMinutes(1))).Count
                $h = (Get-OSServer -Id $s.Id).Host
                $h -eq (Invoke-OSApi compute ""servers/$($s.Id)"").server.'OS-EXT-SRV-ATTR:host'
                @(Get-OSServer -Name ""$prefix-chg"" -Host $h).Count
                @(Get-OSServer -Name ""$prefix-chg"" -ComputeHost ""$prefix-no-such-host"").Count
                $s | Remove-OSServer -Force -Wait
                @(Get-OSServer -Name ""$prefix-chg"").Count
                $d = @(Get-OSServer -Name ""$prefix-chg"" -Deleted)
                $d.Count; $d[0].Id -eq $s.Id; $d[0].Status
                @(Get-OSServer -Name ""$prefix-chg"" -ChangesSince $t)[0].Status", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "1", "0", "1", "True", "1", "0", "0", "1", "True", "DELETED", "DELETED" }, r.Output.Select(o => o.ToString()));
            var query = Ps.Run(@"Get-OSServer -Name ""$prefix-chg"" -ChangesSince ([DateTimeOffset]'2030-01-02T03:04:05+02:00').LocalDateTime -Verbose", Vars).ThrowIfFailed();
            Assert.Contains(query.Verbose, v => v.Contains("changes-since=2030-01-02T01%3A04%3A05Z"));
        }

        [Fact]
        public void Removing_a_server_that_is_gone_is_a_not_found_error()
        {
            var r = Ps.Run("Remove-OSServer -Id 00000000-0000-0000-0000-000000000001 -Force; Get-OSServer -Id 00000000-0000-0000-0000-000000000001; Get-OSServer -Id no-such-server; 'went on'");
            Assert.Equal(3, r.Errors.Count);
            Assert.All(r.Errors, e => Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category));
            Assert.Equal("00000000-0000-0000-0000-000000000001", r.Errors[0].TargetObject);
            Assert.Equal("went on", Assert.Single(r.Output).ToString());
        }

        [Fact]
        public void WhatIf_and_Confirm_ask_per_item_and_send_nothing()
        {
            var r = Ps.Run(@"
                $s = New-OSServer -Name ""$prefix-ask"" -Image testcloud-image -Flavor m1.nano -Network private -Wait
                $s | Stop-OSServer -WhatIf -Verbose
                $s | Remove-OSServer -WhatIf -Force
                (Get-OSServer -Id $s.Id).Status", Vars).ThrowIfFailed();
            Assert.Contains("What if: Performing the operation \"Stop server\" on target \"", r.HostText);
            Assert.Contains("What if: Performing the operation \"Delete server\" on target \"", r.HostText);
            Assert.DoesNotContain(r.Verbose, v => v.Contains("/action") || v.StartsWith("HTTP DELETE", StringComparison.Ordinal));
            Assert.Equal("ACTIVE", r.Output.Last().ToString());

            Ps.Host.ChoiceAnswers.Enqueue("N");
            var declined = Ps.Run("Get-OSServer -Name \"$prefix-ask\" | Remove-OSServer; @(Get-OSServer -Name \"$prefix-ask\").Count", Vars).ThrowIfFailed();
            Assert.Contains(Ps.Host.Prompts, p => p.Contains("Delete server"));
            Assert.Equal("1", declined.Output.Last().ToString());
        }

        [Fact]
        public void Ambiguous_network_name_lists_the_candidates_and_creates_nothing()
        {
            var r = Ps.Run(@"
                1..2 | ForEach-Object { Invoke-OSApi network networks -Method POST -Body @{ network = @{ name = ""$prefix-dup"" } } | Out-Null }
                New-OSServer -Name ""$prefix-amb"" -Image testcloud-image -Flavor m1.nano -Network ""$prefix-dup""
                @(Get-OSServer -Name ""$prefix-amb"").Count", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.AmbiguousName", error.FullyQualifiedErrorId);
            Assert.Contains("2 networks are named '" + Prefix + "-dup'", error.Exception.Message);
            Assert.Equal("0", r.Output.Last().ToString());
        }

        [Fact]
        public void A_flavor_name_matching_two_flavors_lists_both_and_creates_nothing()
        {
            // Nova keeps flavor names unique, but a flavor id is free text: one flavor's id can be another's name.
            var r = Ps.Run(@"
                New-OSFlavor -Name ""$prefix-big"" -Id ""$prefix-f1"" -Vcpus 1 -Ram 64 -Disk 1 | Out-Null
                New-OSFlavor -Name ""$prefix-f2"" -Id ""$prefix-big"" -Vcpus 1 -Ram 64 -Disk 1 | Out-Null
                try { New-OSServer -Name ""$prefix-twoflavors"" -Image testcloud-image -Flavor ""$prefix-big"" -NoNetwork }
                # Once the flavor named so is gone, the id is unambiguous again.
                finally { Remove-OSFlavor ""$prefix-f1"" -Force; Remove-OSFlavor ""$prefix-big"" -Force }
                @(Get-OSFlavor -Name ""$prefix*"" -All).Count
                @(Get-OSServer -Name ""$prefix-twoflavors"").Count", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.AmbiguousName", error.FullyQualifiedErrorId);
            Assert.Contains("2 flavors are named '" + Prefix + "-big' or have it as id", error.Exception.Message);
            Assert.Contains(Prefix + "-f1", error.Exception.Message);
            Assert.Equal(new[] { "0", "0" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Unknown_flavor_and_oversized_user_data_fail_before_anything_is_created()
        {
            var r = Ps.Run(@"
                New-OSServer -Name ""$prefix-bad"" -Image testcloud-image -Flavor m9.huge
                New-OSServer -Name ""$prefix-bad"" -Image testcloud-image -Flavor m1.nano -UserData ('x' * 50000)
                @(Get-OSServer -Name ""$prefix-bad"").Count", Vars);
            Assert.Equal(2, r.Errors.Count);
            Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[0].CategoryInfo.Category);
            Assert.Contains("No flavor has the name or id 'm9.huge'", r.Errors[0].Exception.Message);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[1].CategoryInfo.Category);
            Assert.Contains("65,535", r.Errors[1].Exception.Message);
            Assert.Equal("0", r.Output.Last().ToString());
        }

        [Fact]
        public void Many_servers_stop_in_parallel_and_list_through_small_pages()
        {
            const int count = 30;
            var r = Ps.Run(@"
                @(New-OSServer -Name ""$prefix-bulk"" -Image testcloud-image -Flavor m1.nano -NoNetwork -Count $count -Wait -TimeoutSec 900 | Where-Object Status -eq ACTIVE).Count
                $listed = @(Get-OSServer -Name ""$prefix-bulk*"" -PageSize 4 -Verbose)
                $listed.Count; @([Linq.Enumerable]::Distinct([string[]]$listed.Id)).Count
                @(Get-OSServer -Name ""$prefix-bulk*"" -Skip 2 -First 3).Count
                Get-OSServer -Name ""$prefix-bulk*"" | Where-Object Status -eq ACTIVE | Stop-OSServer -Wait -Verbose
                @(Get-OSServer -Name ""$prefix-bulk*"" | Where-Object Status -eq SHUTOFF).Count",
                new Dictionary<string, object?> { ["prefix"] = Prefix, ["count"] = count });
            r.ThrowIfFailed();
            var values = r.Output.Select(o => o.ToString()).ToList();
            Assert.Equal(new[] { "30", "30", "30", "3", "30" }, values);
            // 30 servers in pages of 4 is 8 pages: the listing really paged.
            Assert.True(r.Verbose.Count(v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("servers/detail")) >= 8);
            Assert.Contains(r.Progress, p => p.Activity == "Stop servers");
            // Waiting servers do not hold the request limit (8): more stops go out than that before the first answer to a
            // status poll (when a wait held its request slot, the ninth stop had to wait for a server to be SHUTOFF).
            var sent = StopsSentBeforeAPollAnswered(r.Verbose);
            Assert.True(sent > BulkLimit, sent + " stops were sent before the first poll was answered:\n" + ServerLines(r.Verbose));

            // -ThrottleLimit 2: two servers at a time, each from its start request to its last status poll.
            var rolling = Ps.Run(@"
                Get-OSServer -Name ""$prefix-bulk*"" -First 6 | Start-OSServer -Wait -ThrottleLimit 2 -PassThru -Verbose | ForEach-Object Status",
                Vars).ThrowIfFailed();
            Assert.Equal(Enumerable.Repeat("ACTIVE", 6), rolling.Output.Select(o => o.ToString()));
            Assert.Equal(2, MostServersInProgress(rolling.Verbose));
        }

        private const int BulkLimit = 8;

        private static string ServerLines(IEnumerable<string> verbose) =>
            string.Join("\n", verbose.Where(v => v.Contains("/servers/") && !v.Contains("detail")).Take(30));

        /// <summary>The most servers between their action request and their last status poll at any point of the trace.</summary>
        private static int MostServersInProgress(IList<string> verbose)
        {
            var first = new Dictionary<string, int>();
            var last = new Dictionary<string, int>();
            for (var i = 0; i < verbose.Count; i++)
            {
                var action = Regex.Match(verbose[i], @"^HTTP POST \S+/servers/([0-9a-f-]{36})/action$");
                if (action.Success) first[action.Groups[1].Value] = i;
                var poll = Regex.Match(verbose[i], @"^HTTP \d{3} .* for GET \S+/servers/([0-9a-f-]{36})$");
                if (poll.Success) last[poll.Groups[1].Value] = i;
            }
            Assert.True(first.Count == 6 && first.Keys.All(last.ContainsKey), "six servers started and polled:\n" + ServerLines(verbose));
            return Enumerable.Range(0, verbose.Count).Max(i => first.Count(s => s.Value <= i && i <= last[s.Key]));
        }

        private static int StopsSentBeforeAPollAnswered(IEnumerable<string> verbose)
        {
            var sent = 0;
            foreach (var line in verbose)
            {
                if (line.StartsWith("HTTP POST", StringComparison.Ordinal) && line.EndsWith("/action", StringComparison.Ordinal)) sent++;
                // A poll is a GET of the server, or (many servers waiting) one listing of what changed.
                if (Regex.IsMatch(line, @"^HTTP \d{3} .* for GET \S+/servers/([0-9a-f-]{36}|detail\?changes-since=\S+)$")) break;
            }
            return sent;
        }

        [Fact]
        public void Server_view_shows_networks_and_flavor()
        {
            var r = Ps.Run(@"
                New-OSServer -Name ""$prefix-view"" -Image testcloud-image -Flavor m1.nano -Network private -Wait | Out-Null
                Get-OSServer -Name ""$prefix-view"" | Out-Default", Vars).ThrowIfFailed();
            Assert.Matches(@"Name\s+Status\s+Networks\s+Flavor\s+Image\s+Id", r.HostText);
            Assert.Matches(Prefix + @"-view\s+ACTIVE\s+private=10\.0\.0\.\d+\s+m1\.nano", r.HostText);
            Assert.DoesNotContain("System.Collections", r.HostText);
        }
    }
}
