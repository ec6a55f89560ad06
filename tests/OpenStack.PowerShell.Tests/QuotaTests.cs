using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Quotas, limits and usage in a project made for each test (never admin's or demo's), cross-checked with the openstack CLI;
    /// over-quota refusals of Nova, Cinder and Neutron as QuotaExceeded with nothing left behind.
    /// </summary>
    public sealed class QuotaTests : CloudScriptTest
    {
        public QuotaTests() : base("it-quota", TestCloud.Admin) { }

        // As the admin scoped to the test's project: its servers, volumes, networks; then its quotas back and the project gone.
        protected override string Cleanup => @"
            # A test may leave the current session scoped to its project, where projects cannot be listed.
            Connect-OpenStack -Cloud testcloud-admin
            if (Get-OSProject -Name $prefix -ErrorAction SilentlyContinue) {
                Connect-OpenStack -Cloud testcloud-admin -Project $prefix -ErrorAction SilentlyContinue
                if ((Get-OSSession).ProjectName -eq $prefix) {
                    Get-OSServer | Remove-OSServer -Force -Wait -ErrorAction SilentlyContinue
                    Get-OSVolume | Remove-OSVolume -Force -Wait -ErrorAction SilentlyContinue
                    Get-OSPort | Where-Object ProjectId -eq (Get-OSSession).ProjectId | Remove-OSPort -Force -ErrorAction SilentlyContinue
                    Get-OSNetwork -Name ""$prefix*"" | Remove-OSNetwork -Force -ErrorAction SilentlyContinue
                }
                Connect-OpenStack -Cloud testcloud-admin
                Set-OSQuota -Project $prefix -Default -Confirm:$false -ErrorAction SilentlyContinue
                Remove-OSProject $prefix -Force -ErrorAction SilentlyContinue
            }";

        private static JsonElement CliQuota(string project) => TestCloud.CliJson(TestCloud.Admin, "quota show " + project);

        // QuotaSet property -> the openstack CLI's key.
        private static readonly (string Property, string Cli)[] Keys =
        {
            ("Instances", "instances"), ("Cores", "cores"), ("Ram", "ram"), ("KeyPairs", "key-pairs"), ("ServerGroups", "server-groups"),
            ("ServerGroupMembers", "server-group-members"), ("MetadataItems", "properties"), ("Volumes", "volumes"), ("Gigabytes", "gigabytes"),
            ("Snapshots", "snapshots"), ("Backups", "backups"), ("BackupGigabytes", "backup-gigabytes"), ("PerVolumeGigabytes", "per-volume-gigabytes"),
            ("Networks", "networks"), ("Subnets", "subnets"), ("SubnetPools", "subnet_pools"), ("Ports", "ports"), ("Routers", "routers"),
            ("FloatingIPs", "floating-ips"), ("SecurityGroups", "secgroups"), ("SecurityGroupRules", "secgroup-rules"), ("RbacPolicies", "rbac_policies"),
        };

        // One line of the limits, in Keys' order.
        private static string Values(string expression) =>
            "$q = " + expression + "; \"" + string.Join("|", Keys.Select(k => "$($q." + k.Property + ")")) + "\"";

        private static string CliValues(JsonElement cli) => string.Join("|", Keys.Select(k => cli.GetProperty(k.Cli).GetInt64().ToString()));

        [Fact]
        public void Quotas_are_read_set_and_reset_as_the_openstack_cli_sees_them()
        {
            var r = Ps.Run(@"
                $null = New-OSProject -Name $prefix
                " + Values("Get-OSQuota -Project $prefix -Default") + @"
                " + Values("Get-OSQuota -Project $prefix") + @"
                Set-OSQuota -Project $prefix -Instances 7 -Cores 9 -Ram 1024 -Gigabytes 33 -Ports 44 -FloatingIPs 3 -Quota @{ subnetpool = 4; 'volumes_lvmdriver-1' = 2; SecurityGroups = 6 } -Confirm:$false
                " + Values("Get-OSQuota -Project $prefix") + @"
                ((Get-OSQuota -Project $prefix).Items | Where-Object Resource -eq 'volumes_lvmdriver-1').Limit", Vars);
            Assert.Null(r.Terminating);
            Assert.True(r.Errors.Count == 0, string.Join("\n", r.Errors));
            var o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            var defaults = o[0];
            // A new project has the defaults; the set values are what the CLI reads back, key by key.
            Assert.Equal(defaults, o[1]);
            var cli = CliQuota(Prefix);
            Assert.Equal(CliValues(cli), o[2]);
            var set = o[2].Split('|');
            Assert.Equal(new[] { "7", "9", "1024" }, set.Take(3));
            Assert.Equal(("33", "4", "44", "3", "6"), (set[8], set[15], set[16], set[18], set[19]));
            Assert.Equal("2", o[3]);
            Assert.Equal(2, cli.GetProperty("volumes_lvmdriver-1").GetInt64());

            r = Ps.Run(@"
                Set-OSQuota -Project $prefix -Instances 8 -Ports -1 -WhatIf
                (Get-OSQuota -Project $prefix).Instances
                Set-OSQuota -Project $prefix -Quota @{ no_such_quota = 1 } -Instances 9 -ErrorVariable bad -ErrorAction SilentlyContinue
                $bad[0].CategoryInfo.Category; $bad[0].Exception.Message
                (Get-OSQuota -Project $prefix).Instances
                (Get-OSQuota -Project $prefix -Usage).Items | Where-Object Resource -eq instances | ForEach-Object { ""$($_.Limit)/$($_.InUse)/$($_.Reserved)"" }
                (Get-OSProject -Name $prefix | Get-OSQuota).ProjectName
                Set-OSQuota -Project $prefix -Default -Confirm:$false -PassThru | ForEach-Object { " + Values("$_") + @" }", Vars);
            Assert.Null(r.Terminating);
            o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            Assert.Contains("instances 7 -> 8, port 44 -> unlimited", r.HostText);
            Assert.Equal(new[] { "7", "InvalidArgument" }, o.Take(2));
            Assert.Contains("no_such_quota", o[2]);
            Assert.Equal(new[] { "7", "7/0/0", Prefix, defaults }, o.Skip(3));
            Assert.True(r.Errors.Count == 0, string.Join("\n", r.Errors));
            Assert.Equal(defaults, CliValues(CliQuota(Prefix)));
        }
        [Fact]
        public void Past_a_quota_Nova_Cinder_and_Neutron_refuse_with_QuotaExceeded_and_leave_nothing_limits_and_usage_show_the_servers()
        {
            var r = Ps.Run(@"
                $admin = Get-OSSession
                $null = New-OSProject -Name $prefix
                Grant-OSRole -Role member -User admin -Project $prefix
                $in = Connect-OpenStack -Cloud testcloud-admin -Project $prefix -PassThru
                $start = [DateTime]::UtcNow.AddMinutes(-1)
                $null = New-OSServer -Session $in -Name ""$prefix-1"" -Image testcloud-image -Flavor m1.nano -NoNetwork -Wait
                Set-OSQuota -Session $admin -Project $prefix -Instances 1 -Volumes 0 -Ports 0 -Confirm:$false
                New-OSServer -Session $in -Name ""$prefix-2"" -Image testcloud-image -Flavor m1.nano -NoNetwork -ErrorVariable e1 -ErrorAction SilentlyContinue
                ""$($e1[0].CategoryInfo.Category)|$($e1[0].FullyQualifiedErrorId)""; $e1[0].Exception.Message
                (Get-OSServer -Session $in | ForEach-Object { ""$($_.Name)=$($_.Status)"" }) -join ','
                New-OSVolume -Session $in -Name ""$prefix-v"" -Size 1 -ErrorVariable e2 -ErrorAction SilentlyContinue
                $e2[0].CategoryInfo.Category; $e2[0].Exception.Message
                @(Get-OSVolume -Session $in).Count
                $net = New-OSNetwork -Session $in -Name ""$prefix-n""
                New-OSPort -Session $in -Network $net.Id -Name ""$prefix-p"" -ErrorVariable e3 -ErrorAction SilentlyContinue
                $e3[0].CategoryInfo.Category; $e3[0].Exception.Message
                @(Get-OSPort -Session $in -Network $net.Id).Count
                # Nova asks Neutron for the boot's port first, and says no itself; Cinder's gigabytes as well as its volume count.
                Set-OSQuota -Session $admin -Project $prefix -Instances 2 -Volumes 5 -Gigabytes 0 -Confirm:$false
                $null = New-OSSubnet -Session $in -Network $net.Id -Name ""$prefix-s"" -Cidr 10.251.0.0/24
                New-OSServer -Session $in -Name ""$prefix-3"" -Image testcloud-image -Flavor m1.nano -Network $net.Id -ErrorVariable e4 -ErrorAction SilentlyContinue
                $e4[0].CategoryInfo.Category; $e4[0].Exception.Message
                New-OSVolume -Session $in -Name ""$prefix-v"" -Size 1 -ErrorVariable e5 -ErrorAction SilentlyContinue
                $e5[0].CategoryInfo.Category; $e5[0].Exception.Message
                (Get-OSServer -Session $in).Count + @(Get-OSVolume -Session $in).Count
                Set-OSQuota -Session $admin -Project $prefix -Instances 1 -Confirm:$false
                $limits = @{}; Get-OSLimit -Session $in | ForEach-Object { $limits[$_.Name] = $_.Value }
                ""$($limits.maxTotalInstances)/$($limits.totalInstancesUsed)/$($limits.maxTotalVolumes)/$($limits.totalVolumesUsed)""
                (Get-OSQuota -Session $in -Usage).Items | Where-Object Resource -in instances, volumes, port | ForEach-Object { ""$($_.Resource)=$($_.Limit)/$($_.InUse)"" }
                $u = Get-OSUsage -Session $in -Start $start
                ""$($u.ProjectId -eq $in.ProjectId)|$($u.ProjectName)|$($u.ServerCount)|$($u.ServerHours -gt 0)|$($u.VcpuHours -gt 0)""
                (Get-OSUsage -Session $in -Start $start -End ([DateTime]::UtcNow.AddMinutes(1)) -Detailed | ForEach-Object { ""$($_.Name)|$($_.Flavor)|$($_.Vcpus)"" }) -join ','
                @(Get-OSUsage -Session $admin -Start $start | Where-Object ProjectId -eq $in.ProjectId).ProjectName", Vars);
            Assert.Null(r.Terminating);
            Assert.True(r.Errors.Count == 0, string.Join("\n", r.Errors));
            var o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            Assert.Equal("QuotaExceeded|OpenStack.QuotaExceeded,OpenStack.PowerShell.Commands.Compute.NewOSServerCommand", o[0]);
            Assert.StartsWith("Quota exceeded for instances", o[1]);
            Assert.Contains("request req-", o[1]);
            // Nothing was made: no second server, none in ERROR.
            Assert.Equal(Prefix + "-1=ACTIVE", o[2]);
            Assert.Equal("QuotaExceeded", o[3]);
            Assert.Contains("VolumeLimitExceeded", o[4]);
            Assert.Contains("HTTP 413", o[4]);
            Assert.Equal("0", o[5]);
            Assert.Equal("QuotaExceeded", o[6]);
            Assert.Contains("OverQuota", o[7]);
            Assert.Contains("HTTP 409", o[7]);
            Assert.Equal("0", o[8]);
            Assert.Equal("QuotaExceeded", o[9]);
            Assert.Contains("Maximum number of ports exceeded", o[10]);
            Assert.Equal("QuotaExceeded", o[11]);
            Assert.Contains("gigabytes quota", o[12]);
            Assert.Contains("HTTP 413", o[12]);
            Assert.Equal("1", o[13]);
            Assert.Equal("1/1/5/0", o[14]);
            Assert.Equal(new[] { "instances=1/1", "volumes=5/0", "port=0/0" }, o.Skip(15).Take(3));
            Assert.Equal("True|" + Prefix + "|1|True|True", o[18]);
            Assert.Equal(Prefix + "-1|m1.nano|1", o[19]);
            Assert.Equal(Prefix, o[20]);
        }
    }
}
