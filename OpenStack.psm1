# Loads the cmdlet assembly built for this PowerShell: net8.0 for PowerShell 7.4+,
# netstandard2.0 for Windows PowerShell 5.1.
if ($PSEdition -eq 'Core') {
    if ($PSVersionTable.PSVersion -lt [version]'7.4') {
        throw "OpenStack needs PowerShell 7.4 or newer on PowerShell Core (this is $($PSVersionTable.PSVersion)), or Windows PowerShell 5.1."
    }
    $framework = 'net8.0'
} else {
    $framework = 'netstandard2.0'
}
$assembly = [System.IO.Path]::Combine($PSScriptRoot, $framework, 'OpenStack.PowerShell.dll')
Import-Module -Name $assembly -ErrorAction Stop
