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

Describe 'Backups, transfers, volume types, QoS and image members between projects' -Skip:$SkipCloud {
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
        # the admin's own backups (records exported and imported) and volumes
        Get-OSVolumeBackup -Session $admin -Name "$prefix*" | Remove-OSVolumeBackup -Session $admin -Force -Wait -ErrorAction SilentlyContinue
        Get-OSVolume -Session $admin -Name "$prefix*" | Remove-OSVolume -Session $admin -Force -Wait -ErrorAction SilentlyContinue
        # what the member could not delete (a volume it received) goes as the admin, before its project
        Get-OSVolume -Session $admin -AllProjects | Where-Object ProjectId -in $projectA.Id, $projectB.Id |
            Remove-OSVolume -Session $admin -Force -Wait -ErrorAction SilentlyContinue
        Get-OSVolumeQos -Session $admin -Name "$prefix*" | Remove-OSVolumeQos -Session $admin -Disassociate -Force -ErrorAction SilentlyContinue
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

    It 'exports a backup''s record to a file and imports it; a record the cloud still knows is refused; the import restores the same bytes' {
        # Importing is the admin's, into the admin's project.
        $data = New-OSVolume -Session $admin -Name "$prefix-rec-data" -Size 1 -Image testcloud-image -Wait
        $backup = $data | New-OSVolumeBackup -Session $admin -Name "$prefix-rec" -Wait
        $record = Export-OSVolumeBackup -Session $admin $backup.Id
        $record.BackupId | Should -Be $backup.Id
        $record.Name | Should -Be "$prefix-rec"
        $record.VolumeId | Should -Be $data.Id
        $record.Size | Should -Be 1
        $record.BackupService | Should -BeLike 'cinder.backup.drivers.*'
        $record | Format-Table | Out-String -Width 200 | Should -Match "$($backup.Id)\s+$prefix-rec\s+1 GB\s+cinder\.backup"
        $file = Join-Path $TestDrive records.json
        $written = Get-OSVolumeBackup -Session $admin -Name "$prefix-rec" | Export-OSVolumeBackup -Session $admin -Path $file
        $written.FullName | Should -Be $file
        if ($IsLinux) { (Get-Item $file).UnixMode | Should -Be '-rw-------' }
        $saved = @(Get-Content $file -Raw | ConvertFrom-Json)
        $saved.Count | Should -Be 1
        $saved[0].backup_service | Should -Be $record.BackupService
        # (each export saves the backup again: its updated_at in the record moves, its id does not)
        ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($saved[0].backup_url)) | ConvertFrom-Json).id | Should -Be $backup.Id
        # An existing file is refused before any backup is asked for; -Force replaces it.
        { Export-OSVolumeBackup -Session $admin $backup.Id -Path $file -ErrorAction Stop } | Should -Throw '*exists already*'
        (Export-OSVolumeBackup -Session $admin $backup.Id -Path $file -Force).Length | Should -BeGreaterThan 0
        # Cinder still knows the backup: its record is refused, from the file and from an object read back.
        Import-OSVolumeBackup -Session $admin $file -ErrorAction SilentlyContinue -ErrorVariable refused | Should -BeNullOrEmpty
        $refused[0].Exception.Message | Should -Match 'already exists'
        $refused[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $record | Export-Clixml (Join-Path $TestDrive record.xml)
        Import-Clixml (Join-Path $TestDrive record.xml) | Import-OSVolumeBackup -Session $admin -WhatIf | Should -BeNullOrEmpty
        { Import-Clixml (Join-Path $TestDrive record.xml) | Import-OSVolumeBackup -Session $admin -ErrorAction Stop } | Should -Throw '*already exists*'
        # Cinder's own field names, as ConvertFrom-Json reads the file, bind too.
        $saved | Import-OSVolumeBackup -Session $admin -WhatIf -ErrorVariable unbound | Should -BeNullOrEmpty
        $unbound.Count | Should -Be 0
        # A record that is not one is said so before anything is sent.
        '{"backup_service": "x"}' | Set-Content (Join-Path $TestDrive bad.json)
        { Import-OSVolumeBackup -Session $admin (Join-Path $TestDrive bad.json) -ErrorAction Stop } | Should -Throw '*not a backup record*'
        # The same data under a new id (as Cinder's own tests import a record): restored, it gives the image's bytes.
        $description = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($saved[0].backup_url)) | ConvertFrom-Json
        $newId = [guid]::NewGuid().ToString()
        $description.id = $newId
        $saved[0].backup_url = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(($description | ConvertTo-Json -Depth 10 -Compress)))
        ConvertTo-Json -InputObject $saved -Depth 5 | Set-Content (Join-Path $TestDrive new.json)
        $imported = Import-OSVolumeBackup -Session $admin (Join-Path $TestDrive new.json) -Wait
        $imported.Id | Should -Be $newId
        $imported.Status | Should -Be 'available'
        $restored = Restore-OSVolumeBackup -Session $admin $newId "$prefix-rec-restored" -Wait
        $image = Join-Path $TestDrive rec-image.img
        $null = Save-OSImage -Session $admin testcloud-image $image
        $expected = [System.IO.File]::ReadAllBytes($image)
        $stream = [System.IO.File]::OpenRead("/var/lib/cinder/volumes/volume-$($restored.Id)")
        try { $head = [byte[]]::new($expected.Length); $read = $stream.Read($head, 0, $head.Length) } finally { $stream.Dispose() }
        $read | Should -Be $expected.Length
        [Convert]::ToBase64String($head) | Should -BeExactly ([Convert]::ToBase64String($expected))
        Remove-OSVolumeBackup -Session $admin $newId, $backup.Id -Force -Wait
        Remove-OSVolume -Session $admin $restored.Id, $data.Id -Force -Wait
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

    It 'makes a QoS specification, changes it, applies it to types from the pipeline and deletes it while in use only with -Disassociate' {
        $qos = New-OSVolumeQos -Session $admin "$prefix-io" -Spec @{ read_iops_sec = 2000; write_iops_sec = 1000 }
        $qos.Consumer | Should -Be 'back-end'
        $qos | Format-Table | Out-String -Width 200 | Should -Match "$prefix-io\s+back-end\s+read_iops_sec=2000, write_iops_sec=1000"
        $changed = $qos | Set-OSVolumeQos -Session $admin -Spec @{ total_bytes_sec = 1048576 } -RemoveSpec write_iops_sec -Consumer front-end -PassThru
        $changed.Consumer | Should -Be 'front-end'
        ($changed.Specs.Keys | Sort-Object) -join ',' | Should -Be 'read_iops_sec,total_bytes_sec'
        $types = foreach ($n in 1, 2) { New-OSVolumeType -Session $admin "$prefix-q$n" }
        $types | Add-OSVolumeQosAssociation -Session $admin -Qos "$prefix-io"
        $associations = @(Get-OSVolumeQos -Session $admin "$prefix-io" | Get-OSVolumeQosAssociation -Session $admin)
        ($associations.VolumeTypeName | Sort-Object) -join ',' | Should -Be "$prefix-q1,$prefix-q2"
        $associations | Format-Table | Out-String -Width 200 | Should -Match "$prefix-q1\s+$($types[0].Id)\s+$($qos.Id)"
        # In use: Cinder's refusal, with its request id; nothing deleted.
        Remove-OSVolumeQos -Session $admin "$prefix-io" -Force -ErrorAction SilentlyContinue -ErrorVariable inUse
        $inUse[0].Exception.Message | Should -Match 'still in use'
        $inUse[0].Exception.RequestId | Should -Match '^req-'
        # An association from the pipeline takes its type off; -All the rest.
        $associations | Where-Object VolumeTypeName -eq "$prefix-q1" | Remove-OSVolumeQosAssociation -Session $admin
        (Get-OSVolumeQosAssociation -Session $admin $qos).VolumeTypeName | Should -Be "$prefix-q2"
        Remove-OSVolumeQosAssociation -Session $admin $qos -All
        @(Get-OSVolumeQosAssociation -Session $admin $qos).Count | Should -Be 0
        Add-OSVolumeQosAssociation -Session $admin $qos -VolumeType "$prefix-q1"
        Remove-OSVolumeQos -Session $admin $qos.Id -Disassociate -Force
        @(Get-OSVolumeQos -Session $admin -Name "$prefix*").Count | Should -Be 0
        $types | Remove-OSVolumeType -Session $admin -Force
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
