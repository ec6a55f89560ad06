#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Backups of snapshots restored onto an existing volume, transfers and private types between two throwaway projects,
# and an image shared from one to the other, accepted and booted there. A throwaway user is a member of both projects;
# the admin only makes and removes them. A volume made from an image is backed up fully and incrementally and restored
# byte for byte. (VolumeBackupTests in the hosted engine checks the same, plus a transfer from demo and a retype.)

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix bak
}

Describe 'Backups, transfers, volume types and image members between projects' -Skip:$SkipCloud {
    BeforeAll {
        $admin = Connect-TestCloud
        $admin = Get-OSSession
        $projectA = New-OSProject -Name "$prefix-a"
        $projectB = New-OSProject -Name "$prefix-b"
        $pw = [Net.NetworkCredential]::new('', "Pw-$prefix-1").SecurePassword
        $user = New-OSUser -Name "$prefix-u" -Password $pw
        Grant-OSRole -Role member -User $user.Id -Project $projectA.Id
        Grant-OSRole -Role member -User $user.Id -Project $projectB.Id
        $credential = [pscredential]::new("$prefix-u", $pw)
        $a = Connect-OpenStack -AuthUrl $admin.AuthUrl -Credential $credential -Project "$prefix-a" -UserDomain Default -ProjectDomain Default -PassThru
        $b = Connect-OpenStack -AuthUrl $admin.AuthUrl -Credential $credential -Project "$prefix-b" -UserDomain Default -ProjectDomain Default -PassThru
        $volume = New-OSVolume -Session $a -Name "$prefix-v" -Size 1 -Wait
    }
    AfterAll {
        foreach ($s in $a, $b) {
            if (-not $s) { continue }
            Get-OSServer -Session $s | Remove-OSServer -Session $s -Force -Wait -ErrorAction SilentlyContinue
            Get-OSVolumeTransfer -Session $s | Remove-OSVolumeTransfer -Session $s -Force -ErrorAction SilentlyContinue
            Get-OSVolumeBackup -Session $s | Where-Object IsIncremental | Remove-OSVolumeBackup -Session $s -Force -Wait -ErrorAction SilentlyContinue
            Get-OSVolumeBackup -Session $s | Remove-OSVolumeBackup -Session $s -Force -Wait -ErrorAction SilentlyContinue
            Get-OSVolume -Session $s | Remove-OSVolume -Session $s -Cascade -Force -Wait -ErrorAction SilentlyContinue
            Get-OSImage -Session $s -Name "$prefix*" | Where-Object Owner -eq $s.ProjectId | Remove-OSImage -Session $s -Force -ErrorAction SilentlyContinue
        }
        # what the member could not delete (a volume it received) goes as the admin, before its project
        Get-OSVolume -Session $admin -AllProjects | Where-Object ProjectId -in $projectA.Id, $projectB.Id |
            Remove-OSVolume -Session $admin -Force -Wait -ErrorAction SilentlyContinue
        Get-OSVolumeType -Session $admin | Where-Object Name -like "$prefix*" | Remove-OSVolumeType -Session $admin -Force -ErrorAction SilentlyContinue
        Get-OSUser -Session $admin -Name "$prefix*" | Remove-OSUser -Session $admin -Force -ErrorAction SilentlyContinue
        Get-OSProject -Session $admin -Name "$prefix*" | Remove-OSProject -Session $admin -Force -ErrorAction SilentlyContinue
        Disconnect-OpenStack
    }

    It 'backs up a volume holding an image fully, then incrementally, and restores it to a new volume with the same bytes' {
        # The fake volume driver keeps each volume in a file: one made from an image holds the image's bytes.
        $data = New-OSVolume -Session $a -Name "$prefix-data" -Size 1 -Image testcloud-image -Wait
        $full = $data | New-OSVolumeBackup -Session $a -Name "$prefix-full" -Wait
        $full.IsIncremental | Should -BeFalse
        $incr = New-OSVolumeBackup -Session $a -Volume "$prefix-data" -Name "$prefix-incr" -Incremental -Wait
        $incr.Status | Should -Be 'available'
        $incr.IsIncremental | Should -BeTrue
        (Get-OSVolumeBackup -Session $a -Id $full.Id).HasDependentBackups | Should -BeTrue
        $restored = Restore-OSVolumeBackup -Session $a "$prefix-incr" "$prefix-restored" -Wait
        $restored.Status | Should -Be 'available'
        $restored.Id | Should -Not -Be $data.Id
        $image = Join-Path $TestDrive image.img
        $null = Save-OSImage -Session $a testcloud-image $image
        $expected = [System.IO.File]::ReadAllBytes($image)
        $expected.Length | Should -BeGreaterThan 1000
        foreach ($id in $data.Id, $restored.Id) {
            $stream = [System.IO.File]::OpenRead("/var/lib/cinder/volumes/volume-$id")
            try { $head = [byte[]]::new($expected.Length); $read = $stream.Read($head, 0, $head.Length) } finally { $stream.Dispose() }
            $read | Should -Be $expected.Length
            [Convert]::ToBase64String($head) | Should -BeExactly ([Convert]::ToBase64String($expected)) -Because "volume $id holds the image's bytes"
        }
        Remove-OSVolumeBackup -Session $a $incr.Id -Force -Wait
        Remove-OSVolumeBackup -Session $a $full.Id -Force -Wait
        Remove-OSVolume -Session $a $restored.Id, $data.Id -Force -Wait
    }

    It 'backs up a snapshot and restores it onto an existing volume, then deletes the backup' {
        $snapshot = New-OSVolumeSnapshot -Session $a -Volume $volume -Name "$prefix-s" -Wait
        $backup = New-OSVolumeBackup -Session $a -Volume $volume -Snapshot $snapshot.Name -Name "$prefix-sb" -Wait
        $backup.SnapshotId | Should -Be $snapshot.Id
        $backup.Status | Should -Be 'available'
        $target = New-OSVolume -Session $a -Name "$prefix-target" -Size 1 -Wait
        Restore-OSVolumeBackup -Session $a "$prefix-sb" -Volume $target -WhatIf | Should -BeNullOrEmpty
        $restored = Restore-OSVolumeBackup -Session $a "$prefix-sb" -Volume $target -Force -Wait
        $restored.Id | Should -Be $target.Id
        $restored.Status | Should -Be 'available'
        Get-OSVolumeBackup -Session $a -Name "$prefix-sb" | Remove-OSVolumeBackup -Session $a -Force -Wait
        @(Get-OSVolumeBackup -Session $a -Volume $volume).Count | Should -Be 0
        Remove-OSVolumeSnapshot -Session $a $snapshot.Id -Force -Wait
    }

    It 'withdraws a transfer, refuses a wrong key, then gives the volume to the other project with its key' {
        $t = New-OSVolumeTransfer -Session $a $volume "$prefix-t1"
        (Get-OSVolumeTransfer -Session $a -Name "$prefix-t*").Id | Should -Be $t.Id
        Get-OSVolumeTransfer -Session $a | Format-Table | Out-String | Should -Not -Match ([regex]::Escape([Net.NetworkCredential]::new('', $t.AuthKey).Password))
        Remove-OSVolumeTransfer -Session $a "$prefix-t1" -Force
        @(Get-OSVolumeTransfer -Session $a).Count | Should -Be 0
        (Get-OSVolume -Session $a -Id $volume.Id).Status | Should -Be 'available'
        $t2 = New-OSVolumeTransfer -Session $a -Volume "$prefix-v" -NoSnapshots
        # A wrong key is Cinder's refusal, as an ErrorRecord with its message and request id; the volume stays where it was.
        $wrong = [Net.NetworkCredential]::new('', 'not-the-key').SecurePassword
        Receive-OSVolumeTransfer -Session $b -Id $t2.Id -AuthKey $wrong -ErrorAction SilentlyContinue -ErrorVariable refused | Should -BeNullOrEmpty
        $refused.Count | Should -Be 1
        $refused[0].Exception.Message | Should -Match 'Invalid auth key'
        $refused[0].Exception.StatusCode | Should -Be 'BadRequest'
        $refused[0].Exception.RequestId | Should -Match '^req-'
        (Get-OSVolume -Session $a -Id $volume.Id).Status | Should -Be 'awaiting-transfer'
        $got = Receive-OSVolumeTransfer -Session $b -Id $t2.Id -AuthKey $t2.AuthKey
        $got.Id | Should -Be $volume.Id
        @(Get-OSVolume -Session $a -Name "$prefix-v").Count | Should -Be 0
        (Get-OSVolume -Session $b -Id $volume.Id).ProjectId | Should -Be $projectB.Id
    }

    It 'makes a private type that only the project given access lists' {
        $type = New-OSVolumeType -Session $admin "$prefix-silver" -Private -Description 'for B'
        @(Get-OSVolumeType -Session $b -Name "$prefix*").Count | Should -Be 0
        (Get-OSVolumeType -Session $admin -Name "$prefix*").Id | Should -Be $type.Id -Because 'an admin lists private types too'
        Add-OSVolumeTypeAccess -Session $admin $type -Project $projectB.Id
        (Get-OSVolumeTypeAccess -Session $admin "$prefix-silver").ProjectId | Should -Be $projectB.Id
        (Get-OSVolumeType -Session $b -Name "$prefix*").Name | Should -Be "$prefix-silver"
        @(Get-OSVolumeType -Session $a -Name "$prefix*").Count | Should -Be 0
        (Set-OSVolumeType -Session $admin $type.Id -NewName "$prefix-gold" -IsPublic $true -PassThru).IsPublic | Should -BeTrue
        (Get-OSVolumeType -Session $a -Name "$prefix*").Name | Should -Be "$prefix-gold"
        Set-OSVolumeType -Session $admin "$prefix-gold" -IsPublic $false
        Remove-OSVolumeTypeAccess -Session $admin "$prefix-gold" -Project $projectB.Id
        @(Get-OSVolumeType -Session $b -Name "$prefix*").Count | Should -Be 0
        Remove-OSVolumeType -Session $admin "$prefix-gold" -Force
    }

    It 'shares an image from one project with the other, which accepts it and boots it' {
        $file = Join-Path $TestDrive shared.raw
        [System.IO.File]::WriteAllBytes($file, [byte[]]::new(4096))
        $image = New-OSImage -Session $a -Name "$prefix-img" -File $file -DiskFormat raw -Visibility shared -Wait
        @(Get-OSImage -Session $b -Name "$prefix-img").Count | Should -Be 0
        $member = $image | Add-OSImageMember -Session $a -Project $projectB.Id
        $member.Status | Should -Be 'pending'
        (Get-OSImageMember -Session $a "$prefix-img").MemberId | Should -Be $projectB.Id
        (Set-OSImageMember -Session $b -Image $image.Id -Status accepted).Status | Should -Be 'accepted'
        (Get-OSImage -Session $b -Name "$prefix-img").Id | Should -Be $image.Id
        (Get-OSImageMember -Session $b -Image $image.Id -Project $projectB.Id).Status | Should -Be 'accepted'
        $server = New-OSServer -Session $b -Name "$prefix-vm" -Image $image.Id -Flavor m1.nano -NoNetwork -Wait -TimeoutSec 120
        $server.Status | Should -Be 'ACTIVE'
        Remove-OSImageMember -Session $a "$prefix-img" -Project $projectB.Id -Force
        @(Get-OSImage -Session $b -Name "$prefix-img").Count | Should -Be 0
        Remove-OSServer -Session $b $server.Id -Force -Wait
    }
}
