using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Volumes, snapshots and types against the local cloud's Cinder (fake backend).</summary>
    public sealed class VolumeTests : CloudScriptTest
    {
        public VolumeTests() : base("it-vol", TestCloud.Admin) { }

        protected override string Cleanup => @"
                Get-OSServer -Name ""$prefix*"" | Remove-OSServer -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue
                Get-OSVolume -Name ""$prefix*"" | Remove-OSVolume -Cascade -Force -Wait -TimeoutSec 120 -ThrottleLimit 16 -ErrorAction SilentlyContinue
                (Invoke-OSApi volumev3 types).volume_types | Where-Object name -like ""$prefix*"" | ForEach-Object { Invoke-OSApi volumev3 ""types/$($_.id)"" -Method DELETE }";

        [Fact]
        public void Snapshots_are_renamed_described_and_their_metadata_set_and_removed()
        {
            var r = Ps.Run(@"
                $v = New-OSVolume -Name ""$prefix-snapset"" -Size 1 -Wait
                $s = $v | New-OSVolumeSnapshot -Name ""$prefix-s1"" -Wait
                Get-OSVolumeSnapshot ""$prefix-s1"" | Set-OSVolumeSnapshot -Description 'before the upgrade' -Metadata @{ keep = 'yes'; ttl = '7' }
                $g = Get-OSVolumeSnapshot ""$prefix-s1""
                $g.Description; $g.Metadata['keep']; $g.Metadata['ttl']
                $n = Set-OSVolumeSnapshot $s.Id -NewName ""$prefix-s2"" -RemoveMetadata ttl -PassThru
                $n.Name -eq ""$prefix-s2""; $n.Metadata.Count; $n.Metadata['keep']
                (Set-OSVolumeSnapshot ""$prefix-s2"" -Metadata @{ only = '1' } -ReplaceMetadata -PassThru).Metadata.Keys -join ','
                Set-OSVolumeSnapshot ""$prefix-s2"" -Description 'not sent' -RemoveMetadata only -WhatIf
                $w = Get-OSVolumeSnapshot ""$prefix-s2""; $w.Description; $w.Metadata.Count
                Set-OSVolumeSnapshot ""$prefix-s2"" -RemoveMetadata nothere
                Set-OSVolumeSnapshot ""$prefix-s2"" -Metadata @{ a = '1' } -RemoveMetadata a
                Set-OSVolumeSnapshot ""$prefix-none"" -Description x
                'went on'", Vars);
            Assert.Equal(new[] { "before the upgrade", "yes", "7", "True", "1", "yes", "only", "before the upgrade", "1", "went on" }, r.Output.Select(o => o.ToString()));
            Assert.Contains("What if: Performing the operation \"Update snapshot\"", r.HostText);
            Assert.Equal(3, r.Errors.Count);
            Assert.Contains("HTTP 404", r.Errors[0].Exception.Message);
            Assert.Contains("nothere", r.Errors[0].Exception.Message);
            Assert.Contains("both set and removed", r.Errors[1].Exception.Message);
            Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[2].CategoryInfo.Category);
        }

        [Fact]
        public void The_runbooks_volume_then_update_extend_snapshot_and_clone()
        {
            var r = Ps.Run(@"
                $v = New-OSVolume -Name ""$prefix-mysql"" -Size 5 -VolumeType lvmdriver-1 -AvailabilityZone nova -Description 'MySQL data' -Wait
                $v.Status; $v.Size; $v.VolumeType; $v.AvailabilityZone; $v.Description
                (Get-OSVolume -Name ""$prefix-my*"").Id -eq $v.Id
                $u = $v | Set-OSVolume -Metadata @{ app = 'mysql' } -Bootable $true -PassThru
                $u.Metadata['app']; $u.Bootable
                ($v | Resize-OSVolume -Size 6 -Wait -PassThru).Size
                $s = $v | New-OSVolumeSnapshot -Name ""$prefix-snap"" -Wait
                $s.Status; $s.VolumeId -eq $v.Id
                (Get-OSVolumeSnapshot -VolumeId $v.Id).Id -eq $s.Id
                $c = New-OSVolume -Name ""$prefix-clone"" -SnapshotId ""$prefix-snap"" -Wait
                $c.SnapshotId -eq $s.Id; $c.Size
                $c | Remove-OSVolume -Force -Wait
                $v | New-OSVolumeSnapshot -Name ""$prefix-snap2"" -Wait | Remove-OSVolumeSnapshot -Force -Wait
                @(Get-OSVolumeSnapshot -VolumeId $v.Id).Count
                $v | Remove-OSVolume -Cascade -Force -Wait
                @(Get-OSVolume -Name ""$prefix*"").Count; @(Get-OSVolumeSnapshot -Name ""$prefix*"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "available", "5", "lvmdriver-1", "nova", "MySQL data", "True", "mysql", "True", "6", "available", "True", "True", "True", "6", "1", "0", "0" },
                r.Output.Select(o => o.ToString()));
        }

        /// <summary>
        /// An attached volume is snapshotted only with -Force (as python-openstackclient asks): Cinder 3.66+ would take it
        /// anyway, and a snapshot of a volume being written to may be crash-consistent only.
        /// </summary>
        [Fact]
        public void An_in_use_volume_is_snapshotted_only_with_Force()
        {
            var r = Ps.Run(@"
                $v = New-OSVolume -Name ""$prefix-inuse"" -Size 1 -Wait
                $s = New-OSServer -Name ""$prefix-vm"" -Image testcloud-image -Flavor m1.nano -Network private -Wait
                Add-OSVolumeAttachment -ServerId $s.Id -VolumeId $v.Id -Wait | Out-Null
                (Get-OSVolume -Id $v.Id).Status
                New-OSVolumeSnapshot -VolumeId ""$prefix-inuse"" -Name ""$prefix-noforce"" -ErrorAction SilentlyContinue -ErrorVariable refused
                $refused.Count; $refused[0].CategoryInfo.Category; $refused[0].TargetObject -eq ""$prefix-inuse""
                $refused[0].Exception.Message -match '-Force' -and $refused[0].Exception.Message -match 'in-use'
                @(Get-OSVolumeSnapshot -VolumeId $v.Id).Count
                $snap = New-OSVolumeSnapshot -VolumeId $v.Id -Name ""$prefix-forced"" -Force -Wait -Debug
                $snap.Status; $snap.VolumeId -eq $v.Id
                @(Get-OSVolumeSnapshot -VolumeId $v.Id).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "in-use", "1", "InvalidOperation", "True", "True", "0", "available", "True", "1" }, r.Output.Select(o => o.ToString()));
            Assert.Contains(r.Debug, d => d.Contains("/snapshots") && d.Contains("\"force\":true"));
        }

        [Fact]
        public void Volume_types_are_listed()
        {
            var r = Ps.Run("(Get-OSVolumeType -Name lvm*).Name").ThrowIfFailed();
            Assert.Equal("lvmdriver-1", Assert.Single(r.Output).ToString());
        }

        [Fact]
        public void Error_status_ends_the_wait_with_a_clear_error()
        {
            var r = Ps.Run(@"
                Invoke-OSApi volumev3 types -Method POST -Body @{ volume_type = @{ name = ""$prefix-nobackend""; extra_specs = @{ volume_backend_name = 'no-such-backend' } } } | Out-Null
                New-OSVolume -Name ""$prefix-err"" -Size 1 -VolumeType ""$prefix-nobackend"" -Wait -TimeoutSec 60
                'went on'", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
            Assert.Contains("went to status error", error.Exception.Message);
            Assert.Equal(Prefix + "-err", error.TargetObject);
            Assert.Equal("went on", r.Output.Last().ToString());
        }

        [Fact]
        public void Bad_sizes_are_refused_before_anything_is_sent()
        {
            var r = Ps.Run(@"
                New-OSVolume -Name ""$prefix-zero"" -Size 0
                $v = New-OSVolume -Name ""$prefix-small"" -Size 2 -Wait
                $v | Resize-OSVolume -Size 1
                (Get-OSVolume -Id $v.Id).Size", Vars);
            Assert.Equal(2, r.AllErrors.Count());
            Assert.Contains("'Size'", r.AllErrors.First().Exception.Message);
            var shrink = r.AllErrors.Last();
            Assert.Equal(ErrorCategory.InvalidArgument, shrink.CategoryInfo.Category);
            Assert.Contains("can only grow", shrink.Exception.Message);
            Assert.Equal("2", r.Output.Last().ToString());
        }

        [Fact]
        public void Many_volumes_list_through_small_pages()
        {
            const int count = 50;
            var r = Ps.Run(@"
                $project = (Get-OSSession).ProjectId
                Invoke-OSApi volumev3 ""os-quota-sets/$project"" -Method PUT -Body @{ quota_set = @{ volumes = 1000; gigabytes = 10000; snapshots = 1000 } } | Out-Null
                1..$count | ForEach-Object { New-OSVolume -Name (""{0}-many-{1:000}"" -f $prefix, $_) -Size 1 } | Out-Null
                $listed = @(Get-OSVolume -Name ""$prefix-many-*"" -PageSize 5 -Verbose)
                $listed.Count
                @([Linq.Enumerable]::Distinct([string[]]$listed.Id)).Count",
                new Dictionary<string, object?> { ["prefix"] = Prefix, ["count"] = count }).ThrowIfFailed();
            Assert.Equal(new[] { "50", "50" }, r.Output.Select(o => o.ToString()));
            Assert.True(r.Verbose.Count(v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("volumes/detail")) >= 10);
        }
    }
}
