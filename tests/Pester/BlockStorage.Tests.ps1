#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Cinder against the local cloud (fake driver): volumes, types, resize, snapshots, a volume from a snapshot.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix cinder
}

Describe 'Volumes and snapshots' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $volume = New-OSVolume -Name "$prefix-data" -Size 1 -VolumeType lvmdriver-1 -AvailabilityZone nova -Description 'data' -Wait
    }
    AfterAll {
        Get-OSVolumeSnapshot | Where-Object Name -like "$prefix*" | Remove-OSVolumeSnapshot -Force -Wait
        Get-OSVolume -Name "$prefix*" | Remove-OSVolume -Force -Wait -TimeoutSec 120
        Disconnect-OpenStack
    }

    It 'lists volume types' {
        (Get-OSVolumeType -Name lvm*).Name | Should -Be 'lvmdriver-1'
        Get-OSVolumeType | Format-Table | Out-String | Should -Match 'lvmdriver-1'
    }

    It 'creates a volume with -Wait' {
        $volume.Status | Should -Be 'available'
        $volume.Size | Should -Be 1
        $volume.VolumeType | Should -Be 'lvmdriver-1'
        $volume.AvailabilityZone | Should -Be 'nova'
    }

    It 'lists volumes: filtered, sorted, grouped, as a table, JSON and CSV' {
        (Get-OSVolume -Name "$prefix-d*").Id | Should -Be $volume.Id
        (Get-OSVolume -Status available | Where-Object Name -like "$prefix*" | Sort-Object Name | Select-Object -First 1).Name | Should -Be "$prefix-data"
        (Get-OSVolume -Id $volume.Id | Group-Object Status).Name | Should -Be 'available'
        Get-OSVolume -Id $volume.Id | Format-Table | Out-String -Width 160 | Should -Match 'available\s+1'
        Get-OSVolume -Id $volume.Id | Format-List | Out-String | Should -Match "Id\s+: $($volume.Id)"
        (Get-OSVolume -Id $volume.Id | ConvertTo-Json -Depth 5 -WarningAction Ignore | ConvertFrom-Json).Size | Should -Be 1
        $csv = Join-Path $TestDrive volumes.csv
        Get-OSVolume -Name "$prefix*" | Export-Csv $csv -NoTypeInformation
        (Import-Csv $csv).Name | Should -Contain "$prefix-data"
    }

    It 'sets metadata and the bootable flag' {
        $updated = $volume | Set-OSVolume -Metadata @{ app = 'mysql' } -Bootable $true -PassThru
        $updated.Metadata['app'] | Should -Be 'mysql'
        $updated.Bootable | Should -BeTrue
        (Set-OSVolume $volume.Id -Name "$prefix-data" -Description 'MySQL data' -PassThru).Description | Should -Be 'MySQL data'
    }

    It 'grows a volume, refuses to shrink it, and sends nothing with -WhatIf' {
        ($volume | Resize-OSVolume -Size 2 -Wait -PassThru).Size | Should -Be 2
        $volume | Resize-OSVolume -Size 1 -ErrorAction SilentlyContinue -ErrorVariable shrink
        $shrink[0].Exception.Message | Should -Match 'can only grow'
        Resize-OSVolume $volume.Id -Size 3 -WhatIf
        (Get-OSVolume -Id $volume.Id).Size | Should -Be 2
    }

    It 'snapshots a volume, makes a volume of the snapshot, and removes both' {
        $snapshot = $volume | New-OSVolumeSnapshot -Name "$prefix-snap" -Wait
        $snapshot.Status | Should -Be 'available'
        (Get-OSVolumeSnapshot -VolumeId $volume.Id).Id | Should -Be $snapshot.Id
        (Get-OSVolumeSnapshot -Name "$prefix-snap").VolumeId | Should -Be $volume.Id
        Get-OSVolumeSnapshot -Name "$prefix-snap" | Set-OSVolumeSnapshot -Description 'nightly' -Metadata @{ keep = 'yes'; ttl = '7' }
        $described = Set-OSVolumeSnapshot $snapshot.Id -RemoveMetadata ttl -PassThru
        $described.Description | Should -Be 'nightly'
        $described.Metadata.Keys | Should -Be @('keep')
        $clone = New-OSVolume -Name "$prefix-clone" -SnapshotId $snapshot.Id -Wait
        $clone.SnapshotId | Should -Be $snapshot.Id
        $clone | Remove-OSVolume -Force -Wait
        $snapshot | Remove-OSVolumeSnapshot -Confirm:$false -Wait
        @(Get-OSVolumeSnapshot -VolumeId $volume.Id).Count | Should -Be 0
    }

    It 'removes volumes made in parallel threads with one session' {
        $session = Get-OSSession
        $ids = 1..2 | ForEach-Object -ThrottleLimit 2 -Parallel {
            Import-Module $using:ModuleManifest
            (New-OSVolume -Name "$using:prefix-par$_" -Size 1 -Wait -Session $using:session).Id
        }
        @($ids).Count | Should -Be 2
        Get-OSVolume -Name "$prefix-par*" | Remove-OSVolume -Force -Wait
        @(Get-OSVolume -Name "$prefix-par*").Count | Should -Be 0
    }
}
