# What the help examples of connections and clouds.yaml need (Connect-OpenStack -Name, Get-OSSession -All,
# Select-OSSession, Disconnect-OpenStack -Name/-All, Get-OSCloud, Export-OSCloudConfig), merged into
# HelpExamples.Fixtures.ps1 (same keys; read its header). Every example leaves the run's member connected again.
# Files the examples write go to a folder of their own, which is the current folder while they run.
$reconnect = 'Connect-OpenStack -Cloud helpex'
$inFolder = '$global:FixtureFolder = Join-Path ([System.IO.Path]::GetTempPath()) ($HelpEx.Prefix + "-files"); $null = New-Item -ItemType Directory -Force $global:FixtureFolder; Push-Location $global:FixtureFolder'
$outOfFolder = 'Pop-Location; Remove-Item -Recurse -Force $global:FixtureFolder -ErrorAction Ignore'
@{
    Examples = @{
        'Connect-OpenStack: Keep connections by name' = @{ Cleanup = $reconnect }
        'Connect-OpenStack: Connect to an exported cloud, giving the password' = @{
            Setup = [scriptblock]::Create($inFolder + '
                $global:FixtureConfigFile = $env:OS_CLIENT_CONFIG_FILE; Remove-Item env:OS_CLIENT_CONFIG_FILE
                function global:Get-Credential { [pscredential]::new($HelpEx.Member, (ConvertTo-SecureString $HelpEx.Password -AsPlainText -Force)) }')
            Cleanup = [scriptblock]::Create('$env:OS_CLIENT_CONFIG_FILE = $global:FixtureConfigFile; Remove-Item function:Get-Credential; ' + $outOfFolder + '; ' + $reconnect)
        }
        'Disconnect-OpenStack: End the connections kept by name' = @{ Cleanup = $reconnect }
        'Disconnect-OpenStack: End the connections whose tokens expire soon' = @{ Cleanup = $reconnect }
        'Get-OSSession: List every connection' = @{ Cleanup = $reconnect }
        'Select-OSSession: Go back and forth between two clouds' = @{ Cleanup = $reconnect }
        'Select-OSSession: Pick a connection from the list' = @{ Cleanup = $reconnect }
        'Get-OSCloud: Connect to every cloud of one auth URL' = @{ Cleanup = $reconnect }
        'Export-OSCloudConfig: Save the current cloud for later connections' = @{
            Setup = $inFolder
            Replace = @{ '~/.config/openstack/clouds.yaml' = '(Join-Path $global:FixtureFolder clouds.yaml)' }
            Cleanup = $outOfFolder
        }
        'Export-OSCloudConfig: Hand an openrc to a bash user' = @{ Setup = $inFolder; Cleanup = $outOfFolder }
        'Export-OSCloudConfig: Keep an application credential for an unattended job' = @{
            Setup = $inFolder
            Cleanup = [scriptblock]::Create($outOfFolder + '; ' + $reconnect + '
                Get-OSApplicationCredential -Name nightly-job -ErrorAction Ignore | Remove-OSApplicationCredential -Force')
        }
    }
}
