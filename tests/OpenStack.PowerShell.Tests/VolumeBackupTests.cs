using System.Collections.Generic;
using System.Linq;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Backups, transfers and private volume types against the local cloud: cinder-backup with the POSIX driver, over the
    /// fake volume driver's file per volume (tests/cloud/pylib/testcloud_cinder.py). A throwaway project and user of the
    /// test's own receive transfers and are given access to types; demo only gives a volume it made.
    /// </summary>
    public sealed class VolumeBackupTests : CloudScriptTest
    {
        public VolumeBackupTests() : base("it-bak", TestCloud.Admin) { }

        protected override Dictionary<string, object?> Vars => new Dictionary<string, object?>(base.Vars) { ["url"] = TestCloud.AuthUrl };

        private const string Setup = @"
            $admin = Get-OSSession
            $project = New-OSProject -Name $prefix
            $pw = [Net.NetworkCredential]::new('', ""Pw-$prefix-1"").SecurePassword
            $user = New-OSUser -Name ""$prefix-u"" -Password $pw
            Grant-OSRole -Role member -User $user.Id -Project $project.Id
            $other = Connect-OpenStack -AuthUrl $url -Credential ([pscredential]::new(""$prefix-u"", $pw)) -Project $prefix -UserDomain Default -ProjectDomain Default -PassThru
            $demo = Connect-OpenStack -Cloud testcloud-demo -PassThru";

        protected override string Cleanup => @"
            $demo = Connect-OpenStack -Cloud testcloud-demo -PassThru
            Get-OSVolumeTransfer -Session $demo -Name ""$prefix*"" -ErrorAction SilentlyContinue | Remove-OSVolumeTransfer -Session $demo -Force -ErrorAction SilentlyContinue
            # incremental backups before the full one they depend on (the hosted engine has no Sort-Object)
            Get-OSVolumeBackup -Session $demo -Name ""$prefix*"" -ErrorAction SilentlyContinue | Where-Object IsIncremental |
                Remove-OSVolumeBackup -Session $demo -Force -Wait -ErrorAction SilentlyContinue
            Get-OSVolumeBackup -Session $demo -Name ""$prefix*"" -ErrorAction SilentlyContinue | Remove-OSVolumeBackup -Session $demo -Force -Wait -ErrorAction SilentlyContinue
            Get-OSVolume -Session $demo -Name ""$prefix*"" | Remove-OSVolume -Session $demo -Force -Wait -ErrorAction SilentlyContinue
            Get-OSServer -Session $demo -Name ""$prefix*"" | Remove-OSServer -Session $demo -Force -Wait -ErrorAction SilentlyContinue
            Connect-OpenStack -Cloud testcloud-admin
            Get-OSImage -Name ""$prefix*"" | Remove-OSImage -Force -ErrorAction SilentlyContinue
            $p = Get-OSProject -Name $prefix -ErrorAction SilentlyContinue
            if ($p) {
                Get-OSVolume -AllProjects -ErrorAction SilentlyContinue | Where-Object ProjectId -eq $p.Id | Remove-OSVolume -Force -Wait -ErrorAction SilentlyContinue
                Remove-OSProject $p.Id -Force -ErrorAction SilentlyContinue
            }
            Get-OSUser -Name ""$prefix*"" | Remove-OSUser -Force -ErrorAction SilentlyContinue
            Get-OSVolumeType | Where-Object Name -like ""$prefix*"" | Remove-OSVolumeType -Force -ErrorAction SilentlyContinue";

        /// <summary>
        /// The volume made from testcloud-image holds the image's bytes (in its file); a full then an incremental backup of
        /// it, restored to a new volume, gives the same bytes back.
        /// </summary>
        [Fact]
        public void A_volume_with_data_is_backed_up_fully_then_incrementally_and_restored_to_a_new_volume_with_the_same_bytes()
        {
            var r = Ps.Run(@"
                Connect-OpenStack -Cloud testcloud-demo
                $v = New-OSVolume -Name ""$prefix-data"" -Size 1 -Image testcloud-image -Wait
                $full = $v | New-OSVolumeBackup -Name ""$prefix-full"" -Wait
                $full.Status; $full.IsIncremental; $full.VolumeId -eq $v.Id; ""$full"" -eq ""$prefix-full""
                $incr = New-OSVolumeBackup -Volume ""$prefix-data"" -Name ""$prefix-incr"" -Incremental -Wait
                $incr.Status; $incr.IsIncremental
                $names = @(Get-OSVolumeBackup -Volume $v).Name
                $names.Count; $names -contains ""$prefix-full""; $names -contains ""$prefix-incr""
                (Get-OSVolumeBackup -Name ""$prefix-full"").HasDependentBackups
                $restored = Restore-OSVolumeBackup ""$prefix-incr"" ""$prefix-restored"" -Wait
                $restored.Status; $restored.Size
                (Get-OSVolumeBackup -Id $incr.Id).Status", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "available", "False", "True", "True", "available", "True", "2", "True", "True", "True", "available", "1", "available" },
                r.Output.Select(o => o?.ToString()));
            var ids = Ps.Run(@"(Get-OSVolume -Name ""$prefix-data"").Id; (Get-OSVolume -Name ""$prefix-restored"").Id", Vars).ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
            var image = Ps.Run("$f = [IO.Path]::GetTempFileName(); $null = Save-OSImage testcloud-image $f -Force; $f").ThrowIfFailed().Output.Single().ToString();
            try
            {
                var expected = System.IO.File.ReadAllBytes(image);
                Assert.True(expected.Length > 1000);
                foreach (var id in ids)
                {
                    using var f = System.IO.File.OpenRead("/var/lib/cinder/volumes/volume-" + id);
                    var head = new byte[expected.Length];
                    Assert.Equal(expected.Length, f.Read(head, 0, head.Length));
                    Assert.Equal(expected, head);
                }
            }
            finally { System.IO.File.Delete(image); }
        }

        /// <summary>
        /// demo offers a volume; a wrong key is Cinder's refusal and changes nothing; the right key, from the transfer object,
        /// moves the volume to the receiving project. The key never shows in the transfer's text or table.
        /// </summary>
        [Fact]
        public void A_transfer_from_demo_is_refused_with_a_wrong_key_and_accepted_with_its_key_by_another_project()
        {
            var r = Ps.Run(Setup + @"
                $v = New-OSVolume -Session $demo -Name ""$prefix-gift"" -Size 1 -Wait
                $t = New-OSVolumeTransfer -Session $demo $v ""$prefix-t""
                $t.AuthKey.GetType().Name; $t.AuthKey.Length -gt 0
                ""$t""; (($t.PSObject.Properties | ForEach-Object { ""$($_.Value)"" }) -join ' ').Contains([Net.NetworkCredential]::new('', $t.AuthKey).Password)
                (Get-OSVolume -Session $demo -Id $v.Id).Status
                $wrong = [Net.NetworkCredential]::new('', 'not-the-key').SecurePassword
                Receive-OSVolumeTransfer -Session $other -Id $t.Id -AuthKey $wrong -ErrorVariable e -ErrorAction SilentlyContinue
                $e[0].Exception.Message
                $got = $t | Receive-OSVolumeTransfer -Session $other
                $got.Id -eq $v.Id; $got.ProjectId -eq $project.Id
                @(Get-OSVolume -Session $demo -Name ""$prefix-gift"").Count
                (Get-OSVolume -Session $other -Id $v.Id).Name
                @(Get-OSVolumeTransfer -Session $demo -Name ""$prefix*"").Count
                [Net.NetworkCredential]::new('', $t.AuthKey).Password", Vars);
            Assert.Null(r.Terminating);
            var o = r.Output.Select(x => x?.ToString()).ToList();
            var key = o[^1]!;
            o.RemoveAt(o.Count - 1);
            Assert.True(key.Length >= 8);
            // the key went out and back in requests and answers traced at -Debug: masked there
            Assert.NotEmpty(r.Debug);
            Assert.DoesNotContain(r.Debug.Concat(r.Verbose).Append(r.HostText), t => t.Contains(key));
            Assert.Equal(new[] { "SecureString", "True", $"{Prefix}-t", "False", "awaiting-transfer" }, o.Take(5));
            Assert.Contains("Invalid auth key", o[5]);
            Assert.Contains("HTTP 400", o[5]);
            Assert.Equal(new[] { "True", "True", "0", $"{Prefix}-gift", "0" }, o.Skip(6));
        }

        /// <summary>
        /// An image the admin shares with demo's project: demo does not list it while it declines, lists and boots it once
        /// accepted, and loses it when the admin takes the membership back.
        /// </summary>
        [Fact]
        public void An_image_shared_by_the_admin_is_accepted_and_booted_by_demo()
        {
            var r = Ps.Run(Setup + @"
                $file = [IO.Path]::GetTempFileName()
                [IO.File]::WriteAllBytes($file, [byte[]]::new(4096))
                $img = New-OSImage -Session $admin -Name ""$prefix-shared"" -File $file -DiskFormat raw -Visibility shared -Wait
                [IO.File]::Delete($file)
                $img.Visibility
                @(Get-OSImage -Session $demo -Name ""$prefix-shared"").Count
                $m = $img | Add-OSImageMember -Session $admin -Project $demo.ProjectId
                $m.Status; $m.MemberId -eq $demo.ProjectId
                (Set-OSImageMember -Session $demo -Image $img.Id -Status rejected).Status
                @(Get-OSImage -Session $demo -Name ""$prefix-shared"").Count
                (Set-OSImageMember -Session $demo -Image $img.Id -Status accepted).Status
                (Get-OSImage -Session $demo -Name ""$prefix-shared"").Id -eq $img.Id
                (Get-OSImageMember -Session $admin ""$prefix-shared"").Status
                $vm = New-OSServer -Session $demo -Name ""$prefix-vm"" -Image $img.Id -Flavor m1.nano -NoNetwork -Wait -TimeoutSec 120
                $vm.Status
                Remove-OSImageMember -Session $admin $img.Id -Project $demo.ProjectId -Force
                @(Get-OSImage -Session $demo -Name ""$prefix-shared"").Count
                Remove-OSServer -Session $demo $vm.Id -Force -Wait
                Remove-OSImage -Session $admin $img.Id -Force
                @(Get-OSImage -Session $admin -Name ""$prefix-shared"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "shared", "0", "pending", "True", "rejected", "0", "accepted", "True", "accepted", "ACTIVE", "0", "0" },
                r.Output.Select(o => o?.ToString()));
        }

        /// <summary>A private type is listed and used only by the project given access; taking the access away hides it again.</summary>
        [Fact]
        public void A_private_type_is_seen_only_by_the_project_given_access()
        {
            var r = Ps.Run(Setup + @"
                $type = New-OSVolumeType -Session $admin ""$prefix-gold"" -Private -ExtraSpecs @{ volume_backend_name = 'fake' } -Description 'private'
                $type.IsPublic; $type.ExtraSpecs['volume_backend_name']
                # extra specs change only while no volume uses the type (Cinder: ""Volume Type is currently in use"")
                $u = Set-OSVolumeType -Session $admin ""$prefix-gold"" -ExtraSpecs @{ 'testcloud:tier' = 'gold' } -Description 'changed' -PassThru
                $u.Description; $u.ExtraSpecs.Count; $u.ExtraSpecs['testcloud:tier']
                @(Get-OSVolumeType -Session $other -Name ""$prefix*"").Count
                Add-OSVolumeTypeAccess -Session $admin ""$prefix-gold"" -Project $prefix
                (Get-OSVolumeTypeAccess -Session $admin $type).ProjectId -eq $project.Id
                (Get-OSVolumeType -Session $other -Name ""$prefix*"").Name
                @(Get-OSVolumeType -Session $demo -Name ""$prefix*"").Count
                $v = New-OSVolume -Session $other -Name ""$prefix-v"" -Size 1 -VolumeType ""$prefix-gold"" -Wait
                $v.VolumeType
                $back = Set-OSVolume -Session $other $v.Id -VolumeType lvmdriver-1 -MigrationPolicy on-demand -Wait -PassThru
                $back.VolumeType; $back.Status
                Remove-OSVolume -Session $other $v.Id -Force -Wait
                Remove-OSVolumeTypeAccess -Session $admin $type -Project $project.Id
                @(Get-OSVolumeType -Session $other -Name ""$prefix*"").Count
                Remove-OSVolumeType -Session $admin $type.Id -Force
                @(Get-OSVolumeType -Session $admin -Name ""$prefix*"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "False", "fake", "changed", "2", "gold", "0", "True", $"{Prefix}-gold", "0", $"{Prefix}-gold", "lvmdriver-1", "available", "0", "0" },
                r.Output.Select(o => o?.ToString()));
        }
    }
}
