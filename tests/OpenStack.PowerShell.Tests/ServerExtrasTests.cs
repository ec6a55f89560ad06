using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// A server's task log, console URLs, security groups, network interfaces and server groups on boot, against the
    /// local cloud (Nova's fake driver) as the demo user, each checked against the openstack CLI.
    /// </summary>
    public sealed class ServerExtrasTests : CloudScriptTest
    {
        public ServerExtrasTests() : base("it-sx", TestCloud.Demo) { }

        protected override string Cleanup => @"
                Get-OSServer -Name ""$prefix*"" | Remove-OSServer -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue
                Get-OSPort -Name ""$prefix*"" | Remove-OSPort -Force -ErrorAction SilentlyContinue
                Get-OSSecurityGroup -Name ""$prefix*"" | Remove-OSSecurityGroup -Force -ErrorAction SilentlyContinue
                Get-OSServerGroup -Name ""$prefix*"" | Remove-OSServerGroup -Force -ErrorAction SilentlyContinue";

        private static JsonElement Cli(string args, string cloud = TestCloud.Demo) => TestCloud.CliJson(cloud, args);

        private string Boot(string suffix) =>
            Ps.Run(@"(New-OSServer -Name ""$prefix-" + suffix + @""" -Image testcloud-image -Flavor m1.nano -Network private -Wait).Id", Vars)
                .ThrowIfFailed().Output.Single().ToString();

        private Dictionary<string, object?> With(params (string Name, object? Value)[] more)
        {
            var vars = new Dictionary<string, object?>(Vars);
            foreach (var (name, value) in more) vars[name] = value;
            return vars;
        }

        private static void AssertNovaError(ErrorRecord e, string words, int status)
        {
            Assert.Contains(words, e.Exception.Message);
            Assert.Contains("HTTP " + status, e.Exception.Message);
            Assert.Matches("request req-[0-9a-f-]{36}", e.Exception.Message);
        }

        [Fact]
        public void Events_list_what_was_done_newest_first_with_their_steps_as_the_CLI_does()
        {
            var id = Boot("ev");
            var r = Ps.Run(@"
                Stop-OSServer $id -Wait
                Start-OSServer $id -Wait
                Restart-OSServer $id -Wait
                $events = @(Get-OSServer -Id $id | Get-OSServerEvent)
                ($events.Action) -join ','
                @($events | Where-Object Result -eq Success).Count -eq $events.Count
                @($events | Where-Object { $_.FinishTime -ge $_.StartTime -and $_.RequestId -like 'req-*' -and $_.UserId -and $_.ProjectId -and $_.ServerId -eq $id }).Count -eq $events.Count
                @($events | Where-Object { $_.Events.Count -ge 1 }).Count -eq $events.Count
                ($events | Where-Object Action -eq create).Events.Event -contains 'compute__do_build_and_run_instance'
                $one = Get-OSServerEvent $id -RequestId $events[2].RequestId
                $one.Action; $one.Events[0].Result
                (Get-OSServerEvent $id -NoSteps | ForEach-Object { $null -eq $_.Events }) -notcontains $false
                $events | Out-Default
                ($events | ForEach-Object { $_.Action + ' ' + $_.RequestId }) -join ';'", With(("id", id))).ThrowIfFailed();
            Assert.Equal(new[] { "reboot,start,stop,create", "True", "True", "True", "True", "stop", "Success", "True" },
                r.Output.Take(8).Select(o => o.ToString()));
            // The table: time, action, result, finish, request id.
            Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d reboot\s+Success \d{4}-\d\d-\d\d \d\d:\d\d:\d\d req-", r.HostText);

            // The same actions, in the same order, with the same request ids as `openstack server event list`.
            var cli = Cli("server event list " + id).EnumerateArray().Select(e => e.GetProperty("Action").GetString() + " " + e.GetProperty("Request ID").GetString()).ToList();
            Assert.Equal(string.Join(";", cli), r.Output[8].ToString());

            // A request id the server has no action for: Nova's 404, its words and its request id.
            var bad = Ps.Run("Get-OSServerEvent $id -RequestId req-00000000-0000-4000-8000-000000000000", With(("id", id)));
            var error = Assert.Single(bad.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            AssertNovaError(error, "req-00000000-0000-4000-8000-000000000000 not found", 404);
        }

        /// <summary>
        /// The local cloud runs no console proxy and the fake driver offers no console: Nova's answer for every type is
        /// its 400 "Unavailable console type", which is what a user sees, with Nova's request id.
        /// </summary>
        [Fact]
        public void Console_URLs_are_Novas_answer_here_its_400_for_a_cloud_without_consoles()
        {
            var id = Boot("con");
            var r = Ps.Run(@"
                Get-OSServer -Id $id | Get-OSServerConsoleUrl
                Get-OSServerConsoleUrl $id -Type serial
                Get-OSServerConsoleUrl ""$prefix-con"" -Type spice-html5", With(("id", id)));
            Assert.Empty(r.Output);
            Assert.Equal(3, r.Errors.Count);
            Assert.All(r.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            AssertNovaError(r.Errors[0], "Unavailable console type novnc.", 400);
            AssertNovaError(r.Errors[1], "Unavailable console type serial.", 400);
            AssertNovaError(r.Errors[2], "Unavailable console type spice-html5.", 400);
            Assert.Contains("/servers/" + id + "/remote-consoles", r.Errors[0].Exception.Message);
        }

        [Fact]
        public void Security_groups_are_added_and_removed_by_name_id_or_pipeline_as_Nova_shows_them()
        {
            var id = Boot("sg");
            var r = Ps.Run(@"
                $sg = New-OSSecurityGroup -Name ""$prefix-sg""
                (Add-OSServerSecurityGroup ""$prefix-sg"" -SecurityGroup $sg.Name -PassThru).SecurityGroups.Name -join ','
                ($sg | Remove-OSServerSecurityGroup -Server $id -PassThru).SecurityGroups.Name -join ','
                Get-OSServer -Id $id | Add-OSServerSecurityGroup -SecurityGroup $sg.Id
                (Get-OSServer -Id $id).SecurityGroups.Name -join ','", With(("id", id))).ThrowIfFailed();
            // Nova lists a server's groups in no set order.
            Assert.Equal(new[] { "default," + Prefix + "-sg", "default", "default," + Prefix + "-sg" },
                r.Output.Select(o => string.Join(",", o.ToString()!.Split(',').OrderBy(n => n, StringComparer.Ordinal))));
            var shown = Cli("server show " + id).GetProperty("security_groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).OrderBy(n => n);
            Assert.Equal(new[] { "default", Prefix + "-sg" }, shown);

            // Nova's own errors: a group the server is not in, a group there is no such.
            var bad = Ps.Run(@"
                Remove-OSServerSecurityGroup $id -SecurityGroup ""$prefix-sg"", ""$prefix-sg""
                Add-OSServerSecurityGroup $id -SecurityGroup ""$prefix-none""", With(("id", id)));
            Assert.Equal(2, bad.Errors.Count);
            Assert.Equal(ErrorCategory.ObjectNotFound, bad.Errors[0].CategoryInfo.Category);
            AssertNovaError(bad.Errors[0], "Security group " + Prefix + "-sg not associated with the instance " + id, 404);
            AssertNovaError(bad.Errors[1], "Security group " + Prefix + "-none is not found for project", 404);
            Assert.Equal(new[] { "default" }, Cli("server show " + id).GetProperty("security_groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        }

        /// <summary>
        /// Interfaces on a network and from an existing port: Neutron has a fake-driver port ACTIVE once attached, so
        /// -Wait waits on that; a detached port Nova made is deleted, a given one is left unbound.
        /// </summary>
        [Fact]
        public void Interfaces_are_attached_by_network_or_port_and_detached_with_wait_as_Neutron_shows_them()
        {
            var id = Boot("if");
            var r = Ps.Run(@"
                $first = (Get-OSServerInterface $id).PortId
                $net = Get-OSNetwork -Id private
                $added = Get-OSServer -Id $id | Add-OSServerInterface -Network private -Wait
                $added.PortState; $added.NetworkId -eq $net.Id; $added.ServerId -eq $id; $added.IpAddresses.Count
                $port = New-OSPort -Network $net.Id -Name ""$prefix-port""
                $byPort = $port | Add-OSServerInterface -Server ""$prefix-if"" -Wait
                $byPort.PortId -eq $port.Id; $byPort.PortState
                $all = @(Get-OSServerInterface $id)
                $all.Count
                $all | Out-Default
                $all.PortId -join ','", With(("id", id))).ThrowIfFailed();
            Assert.Equal(new[] { "ACTIVE", "True", "True", "1", "True", "ACTIVE", "3" }, r.Output.Take(7).Select(o => o.ToString()));
            var cli = Cli("port list --server " + id).EnumerateArray().ToList();
            Assert.Equal(r.Output[7].ToString()!.Split(',').OrderBy(p => p, StringComparer.Ordinal),
                cli.Select(p => p.GetProperty("ID").GetString()).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(cli, p => Assert.Equal("ACTIVE", p.GetProperty("Status").GetString()));
            Assert.Contains("ACTIVE", r.HostText);

            var d = Ps.Run(@"
                $net = Get-OSNetwork -Id private
                $made = @(Get-OSServerInterface $id | Where-Object { $_.PortId -ne $port.Id -and $_.PortId -ne $first })[0]
                $made | Remove-OSServerInterface -Wait -Force
                @(Get-OSPort -Id $made.PortId -ErrorAction SilentlyContinue).Count
                (Remove-OSServerInterface $id -Port ""$prefix-port"" -Wait -Force -PassThru).Id -eq $id
                $left = Get-OSPort -Id ""$prefix-port""
                [string]::IsNullOrEmpty($left.DeviceId)
                @(Get-OSServerInterface $id).Count", With(("id", id))).ThrowIfFailed();
            Assert.Equal(new[] { "0", "True", "True", "1" }, d.Output.Select(o => o.ToString()));
            Assert.Single(Cli("port list --server " + id).EnumerateArray());

            // Nova's own error: a port that is another server's.
            var other = Boot("if2");
            var bad = Ps.Run("Add-OSServerInterface $id -Port (Get-OSServerInterface $other).PortId", With(("id", id), ("other", other)));
            var error = Assert.Single(bad.Errors);
            AssertNovaError(error, "in use", 409);
        }

        [Fact]
        public void Servers_boot_into_a_group_by_name_and_the_group_lists_them()
        {
            // With one compute host, strict anti-affinity has room for one member: the second fails with Nova's fault.
            var hosts = Cli("hypervisor list", TestCloud.Admin).EnumerateArray().Count(h => h.GetProperty("State").GetString() == "up");
            var r = Ps.Run(@"
                $soft = New-OSServerGroup ""$prefix-soft"" -Policy soft-anti-affinity
                $a = New-OSServer -Name ""$prefix-s1"" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup ""$prefix-soft"" -Wait
                $b = New-OSServer -Name ""$prefix-s2"" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup $soft -Wait
                $a.Status; $b.Status
                $g = Get-OSServerGroup -Id $soft.Id
                $g.Members.Count -eq 2 -and $g.Members -contains $a.Id -and $g.Members -contains $b.Id
                $a.ServerGroups -contains $soft.Id
                $g | Out-Default
                $max = New-OSServerGroup ""$prefix-max"" -Policy anti-affinity -MaxServerPerHost 2
                $max.MaxServerPerHost
                New-OSServer -Name ""$prefix-m1"" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup $max.Id -Wait | ForEach-Object Status
                New-OSServer -Name ""$prefix-m2"" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup $max.Id -Wait | ForEach-Object Status
                $strict = New-OSServerGroup ""$prefix-strict"" -Policy anti-affinity
                New-OSServer -Name ""$prefix-a1"" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup $strict -Wait | ForEach-Object Status", Vars)
                .ThrowIfFailed();
            Assert.Equal(new[] { "ACTIVE", "ACTIVE", "True", "True", "2", "ACTIVE", "ACTIVE", "ACTIVE" }, r.Output.Select(o => o.ToString()));
            // The view names the members.
            var members = Cli("server group show " + Prefix + "-soft").GetProperty("members");
            foreach (var m in members.EnumerateArray()) Assert.Contains(m.GetString()!, r.HostText);
            Assert.Equal(2, members.GetArrayLength());

            var second = Ps.Run(@"New-OSServer -Name ""$prefix-a2"" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup ""$prefix-strict"" -Wait", Vars);
            if (hosts == 1)
            {
                var error = Assert.Single(second.Errors);
                Assert.Contains("went to status ERROR", error.Exception.Message);
                Assert.Contains("No valid host was found", error.Exception.Message);
                Assert.Equal("ERROR", Cli("server show " + Prefix + "-a2").GetProperty("status").GetString());
            }
            else
            {
                second.ThrowIfFailed();
                var hostIds = Ps.Run(@"(Get-OSServer -Name ""$prefix-a*"").HostId", Vars).ThrowIfFailed().Output.Select(o => o.ToString()).Distinct();
                Assert.Equal(2, hostIds.Count());
            }
        }
    }
}
