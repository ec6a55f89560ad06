# What the help examples of QoS specifications and backup records need, merged into HelpExamples.Fixtures.ps1 (same
# keys; read its header). All of them are the admin's. QoS specifications go before the types they apply to; a
# backup's record is written to a file in the examples' folder.
$noQos = { Get-OSVolumeQos | Where-Object Name -in 'fast-io', 'gold-qos' | Remove-OSVolumeQos -Disassociate -Force }
$fastIo = { $null = New-OSVolumeQos fast-io -Consumer front-end -Spec @{ read_iops_sec = 2000; write_iops_sec = 1000 } }
$fastIoAndGold = { $null = New-OSVolumeQos fast-io -Spec @{ read_iops_sec = 2000 }; $null = New-OSVolumeType gold }
$fastIoOnGold = { $null = New-OSVolumeQos fast-io -Spec @{ read_iops_sec = 2000 }; $null = New-OSVolumeType gold; Add-OSVolumeQosAssociation fast-io -VolumeType gold }
$noQosNorTypes = {
    Get-OSVolumeQos | Where-Object Name -in 'fast-io', 'gold-qos' | Remove-OSVolumeQos -Disassociate -Force
    Get-OSVolumeType | Where-Object Name -like 'gold*' | Remove-OSVolumeType -Force
}
# Backups as in HelpExamples.Fixtures.BlockStorage.ps1 (incremental ones first), and the record files.
$noRecords = {
    Get-OSVolumeBackup | Where-Object { $_.IsIncremental -and $_.Status -ne 'deleting' } | Remove-OSVolumeBackup -Force -Wait
    Get-OSVolumeBackup | Where-Object Status -ne 'deleting' | Remove-OSVolumeBackup -Force -Wait
    $deadline = (Get-Date).AddMinutes(3)
    while (@(Get-OSVolumeBackup).Count -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 2 }
    Remove-Item ./backup-records.json, ./data1-full.xml -ErrorAction Ignore
}
$backup = { Remove-Item ./backup-records.json, ./data1-full.xml -ErrorAction Ignore; $null = New-OSVolumeBackup data1 data1-full -Wait }
# What an import starts from: the record kept, of a backup Cinder no longer knows (its data went with it: an import
# does not read the data, a restore would).
$exported = {
    Remove-Item ./backup-records.json, ./data1-full.xml -ErrorAction Ignore
    $b = New-OSVolumeBackup data1 data1-full -Wait
    $null = Export-OSVolumeBackup $b.Id -Path ./backup-records.json
    Export-OSVolumeBackup $b.Id | Export-Clixml ./data1-full.xml
    Remove-OSVolumeBackup $b.Id -Force -Wait
}
@{
    Examples = @{
        'Get-OSVolumeQos: Every QoS specification' = @{ Admin = $true; Setup = $fastIo; Cleanup = $noQos }
        'Get-OSVolumeQos: The specs of one' = @{ Admin = $true; Setup = $fastIo; Cleanup = $noQos }
        'New-OSVolumeQos: Limit I/O on the hypervisor' = @{ Admin = $true; Setup = $noQos; Cleanup = $noQos }
        'New-OSVolumeQos: A specification for a volume type at once' = @{ Admin = $true; Setup = { $null = New-OSVolumeType gold }; Cleanup = $noQosNorTypes }
        'Set-OSVolumeQos: Raise a limit' = @{ Admin = $true; Setup = $fastIo; Cleanup = $noQos }
        'Set-OSVolumeQos: Drop a spec and see the result' = @{ Admin = $true; Setup = $fastIo; Cleanup = $noQos }
        'Remove-OSVolumeQos: Delete one, asking first' = @{ Admin = $true; Setup = $fastIo; Cleanup = $noQos }
        'Remove-OSVolumeQos: Delete one still applied to volume types' = @{ Admin = $true; Setup = $fastIoOnGold; Cleanup = $noQosNorTypes }
        'Get-OSVolumeQosAssociation: The types a specification applies to' = @{ Admin = $true; Setup = $fastIoOnGold; Cleanup = $noQosNorTypes }
        'Get-OSVolumeQosAssociation: Every specification with its types' = @{ Admin = $true; Setup = $fastIoOnGold; Cleanup = $noQosNorTypes }
        'Add-OSVolumeQosAssociation: Apply a specification to a type' = @{ Admin = $true; Setup = $fastIoAndGold; Cleanup = $noQosNorTypes }
        'Add-OSVolumeQosAssociation: Apply it to a family of types' = @{ Admin = $true; Setup = $fastIoAndGold; Cleanup = $noQosNorTypes }
        'Remove-OSVolumeQosAssociation: Take it off one type' = @{ Admin = $true; Setup = $fastIoOnGold; Cleanup = $noQosNorTypes }
        'Remove-OSVolumeQosAssociation: Take it off every type' = @{ Admin = $true; Setup = $fastIoOnGold; Cleanup = $noQosNorTypes }
        'Export-OSVolumeBackup: Keep the records of every backup in a file' = @{ Admin = $true; Present = 'volume data1'; Setup = $backup; Cleanup = $noRecords }
        'Export-OSVolumeBackup: One record as an object' = @{ Admin = $true; Present = 'volume data1'; Setup = $backup; Cleanup = $noRecords }
        'Import-OSVolumeBackup: Import the records kept in a file' = @{ Admin = $true; Present = 'volume data1'; Setup = $exported; Cleanup = $noRecords }
        'Import-OSVolumeBackup: Import a record kept as an object' = @{ Admin = $true; Present = 'volume data1'; Setup = $exported; Cleanup = $noRecords }
    }
}
