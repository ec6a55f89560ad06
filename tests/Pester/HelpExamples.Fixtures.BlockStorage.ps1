# What the help examples of volume backups, transfers, volume types and image members need, merged into
# HelpExamples.Fixtures.ps1 (same keys; read its header). Backups and transfers are made by Setup and removed by
# Cleanup (incremental backups before the full ones they depend on); types are the admin's.
$full = { $null = New-OSVolumeBackup data1 data1-full -Wait }
$fullAndIncr = { $null = New-OSVolumeBackup data1 data1-full -Wait; $null = New-OSVolumeBackup data1 data1-incr -Incremental -Wait }
# A backup the example deleted may still be listed as deleting, then vanish before it is asked for again: those are
# only waited for.
$noBackups = {
    Get-OSVolumeBackup | Where-Object { $_.IsIncremental -and $_.Status -ne 'deleting' } | Remove-OSVolumeBackup -Force -Wait
    Get-OSVolumeBackup | Where-Object Status -ne 'deleting' | Remove-OSVolumeBackup -Force -Wait
    $deadline = (Get-Date).AddMinutes(3)
    while (@(Get-OSVolumeBackup).Count -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 2 }
}
$offer = { $null = New-OSVolumeTransfer logs logs-to-ops }
$noTransfers = { Get-OSVolumeTransfer | Remove-OSVolumeTransfer -Force }
$noTypes = { Get-OSVolumeType | Where-Object Name -in 'gold', 'partner-only', 'ci-1' | Remove-OSVolumeType -Force }
$gold = { $null = New-OSVolumeType gold -ExtraSpecs @{ volume_backend_name = 'fake' } }
$partnerOnly = { $null = New-OSVolumeType partner-only -Private }
# The examples' partner project: the run's own (an image's owner may list it as a member; only another project accepts).
$partner = @{ '$partnerId' = '$HelpEx.ProjectId'; '-Project partner' = '-Project $HelpEx.ProjectId' }
$shared = { Set-OSImage prod-image -Visibility shared }
$member = { Set-OSImage prod-image -Visibility shared; $null = Add-OSImageMember prod-image -Project $HelpEx.ProjectId }
$noMember = { Remove-OSImageMember prod-image -Project $HelpEx.ProjectId -Force -ErrorAction SilentlyContinue }
@{
    Examples = @{
        'Get-OSVolumeBackup: Every backup of the project' = @{}
        'Get-OSVolumeBackup: The backups of one volume, newest first' = @{ Present = 'volume data1'; Setup = $full; Cleanup = $noBackups }
        'New-OSVolumeBackup: Back up a volume and wait' = @{ Present = 'volume data1'; Cleanup = $noBackups }
        'New-OSVolumeBackup: An incremental backup after the full one' = @{ Present = 'volume data1'; Setup = $full; Cleanup = $noBackups }
        'Remove-OSVolumeBackup: Delete a volume''s backups, incremental ones first' = @{ Present = 'volume data1'; Setup = $fullAndIncr; Cleanup = $noBackups }
        'Remove-OSVolumeBackup: Delete one backup, asking first' = @{ Present = 'volume data1'; Setup = $full; Cleanup = $noBackups }
        'Restore-OSVolumeBackup: Restore a backup to a new volume' = @{ Present = 'volume data1'; Absent = 'volume data1-restored'; Setup = $full; Cleanup = $noBackups }
        'Restore-OSVolumeBackup: Restore onto an existing volume' = @{ Present = 'volume data1', 'volume test-1'; Setup = $full; Cleanup = $noBackups }
        'New-OSVolumeTransfer: Offer a volume to another project' = @{ Present = 'volume logs'; Cleanup = $noTransfers }
        'New-OSVolumeTransfer: Leave the snapshots behind' = @{ Present = 'volume logs'; Cleanup = $noTransfers }
        'Get-OSVolumeTransfer: Every pending transfer' = @{}
        'Get-OSVolumeTransfer: Transfers by name' = @{ Present = 'volume logs'; Setup = $offer; Cleanup = $noTransfers }
        'Remove-OSVolumeTransfer: Withdraw every pending transfer' = @{ Present = 'volume logs'; Setup = $offer; Cleanup = $noTransfers }
        'Remove-OSVolumeTransfer: Withdraw one transfer, asking first' = @{ Present = 'volume logs'; Setup = $offer; Cleanup = $noTransfers }
        'New-OSVolumeType: A type for a backend' = @{ Admin = $true; Setup = $noTypes; Cleanup = $noTypes }
        'New-OSVolumeType: A private type for one partner project' = @{ Admin = $true; Setup = $noTypes; Cleanup = $noTypes }
        'Set-OSVolumeType: Add an extra spec and a description' = @{ Admin = $true; Setup = $gold; Cleanup = $noTypes }
        'Set-OSVolumeType: Make a type private and drop an extra spec' = @{ Admin = $true; Setup = $gold; Cleanup = $noTypes }
        'Remove-OSVolumeType: Delete one type' = @{ Admin = $true; Setup = $gold; Cleanup = $noTypes }
        'Remove-OSVolumeType: Delete the types of a test run' = @{ Admin = $true; Setup = { $null = New-OSVolumeType ci-1 }; Cleanup = $noTypes }
        'Get-OSVolumeTypeAccess: Who may use a private type' = @{ Admin = $true; Setup = $partnerOnly; Cleanup = $noTypes }
        'Get-OSVolumeTypeAccess: Every private type with its projects' = @{ Admin = $true; Setup = $partnerOnly; Cleanup = $noTypes }
        'Add-OSVolumeTypeAccess: Give a project access' = @{ Admin = $true; Setup = $partnerOnly; Cleanup = $noTypes; Replace = $partner }
        'Add-OSVolumeTypeAccess: Give every type of a family to a project' = @{ Admin = $true; Setup = $partnerOnly; Cleanup = $noTypes; Replace = $partner }
        'Remove-OSVolumeTypeAccess: Take a project''s access away' = @{
            Admin = $true; Setup = { $null = New-OSVolumeType partner-only -Private; Add-OSVolumeTypeAccess partner-only -Project $HelpEx.ProjectId }; Cleanup = $noTypes; Replace = $partner
        }
        'Remove-OSVolumeTypeAccess: Take every project off a type' = @{
            Admin = $true; Setup = { $null = New-OSVolumeType partner-only -Private; Add-OSVolumeTypeAccess partner-only -Project $HelpEx.ProjectId }; Cleanup = $noTypes
        }
        'Set-OSVolume: Change a volume''s type and wait' = @{ Present = 'volume data1' }
        'Get-OSImageMember: Who an image is shared with' = @{ Present = 'image prod-image'; Setup = $member; Cleanup = $noMember }
        'Get-OSImageMember: One project''s answer' = @{ Present = 'image prod-image'; Setup = $member; Cleanup = $noMember; Replace = $partner }
        'Add-OSImageMember: Share an image with a partner project' = @{ Present = 'image prod-image'; Cleanup = $noMember; Replace = $partner }
        'Add-OSImageMember: Share several images' = @{ Present = 'image prod-image'; Setup = $shared; Cleanup = $noMember; Replace = $partner }
        'Remove-OSImageMember: Stop sharing with one project' = @{ Present = 'image prod-image'; Setup = $member; Cleanup = $noMember; Replace = $partner }
        'Remove-OSImageMember: Stop sharing with everyone who rejected it' = @{ Present = 'image prod-image'; Setup = $member; Cleanup = $noMember }
    }
    NotHere = @{
        'Receive-OSVolumeTransfer: Accept a transfer with its id and key' = 'needs a second project that offered a volume: VolumeBackupTests and VolumeBackups.Tests.ps1 accept transfers between projects'
        'Receive-OSVolumeTransfer: Accept a transfer whose key was read at the prompt' = 'reads the key at a prompt, and needs a second project that offered a volume'
        'Set-OSImageMember: Accept an image shared with this project' = 'only a project other than the owner answers, and the examples run in one project: VolumeBackups.Tests.ps1 accepts an image between two'
        'Set-OSImageMember: Reject it' = 'only a project other than the owner answers, and the examples run in one project'
    }
}
