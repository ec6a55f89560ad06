@{
    RootModule           = 'OpenStack.psm1'
    ModuleVersion        = '0.0.0'
    GUID                 = '6f0c3f8e-2a41-4c7b-9d55-0b8f5e7a1c23'
    Author               = 'OpenStack.PowerShell contributors'
    CompanyName          = 'OpenStack.PowerShell'
    Copyright            = 'Apache License 2.0'
    Description          = 'Drive an OpenStack cloud from PowerShell: Keystone sessions from clouds.yaml or an openrc, typed objects, pipelines, -WhatIf, -Wait, paging and clear errors.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('OpenStack.format.ps1xml')
    TypesToProcess       = @()
    CmdletsToExport      = @(
        'Connect-OpenStack'
        'Disconnect-OpenStack'
        'Get-OSSession'
        'Get-OSEndpoint'
        'Invoke-OSApi'
        'Get-OSServer'
        'New-OSServer'
        'Remove-OSServer'
        'Start-OSServer'
        'Stop-OSServer'
        'Restart-OSServer'
        'Suspend-OSServer'
        'Resume-OSServer'
        'Lock-OSServer'
        'Unlock-OSServer'
        'Get-OSFlavor'
        'New-OSFlavor'
        'Remove-OSFlavor'
        'Set-OSServer'
        'Rename-OSServer'
        'Get-OSServerConsoleOutput'
        'Get-OSKeypair'
        'New-OSKeypair'
        'Remove-OSKeypair'
        'Get-OSVolumeAttachment'
        'Add-OSVolumeAttachment'
        'Remove-OSVolumeAttachment'
        'Get-OSImage'
        'New-OSImage'
        'Save-OSImage'
        'Remove-OSImage'
        'Set-OSImage'
        'Get-OSVolume'
        'New-OSVolume'
        'Set-OSVolume'
        'Resize-OSVolume'
        'Remove-OSVolume'
        'Get-OSVolumeType'
        'Get-OSVolumeSnapshot'
        'New-OSVolumeSnapshot'
        'Remove-OSVolumeSnapshot'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('OpenStack', 'Cloud', 'Nova', 'Neutron', 'Cinder', 'Glance', 'Keystone', 'Magnum', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux')
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            ReleaseNotes = 'See CHANGELOG.md'
        }
    }
}
