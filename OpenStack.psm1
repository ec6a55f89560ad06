# Loads the cmdlet assembly built for this PowerShell: net8.0 for PowerShell 7.4+,
# netstandard2.0 for Windows PowerShell 5.1. The client and its libraries (Polly, YamlDotNet and,
# on 5.1, System.Text.Json) are served from deps/ by the module's own loader, so another module's
# versions of them cannot clash with ours.
if ($PSEdition -eq 'Core') {
    if ($PSVersionTable.PSVersion -lt [version]'7.4') {
        throw "OpenStack needs PowerShell 7.4 or newer on PowerShell Core (this is $($PSVersionTable.PSVersion)), or Windows PowerShell 5.1."
    }
    $framework = 'net8.0'
} else {
    $framework = 'netstandard2.0'
}
$binaries = [System.IO.Path]::Combine($PSScriptRoot, $framework)
$assembly = [System.IO.Path]::Combine($binaries, 'OpenStack.PowerShell.dll')
$null = [System.Reflection.Assembly]::LoadFrom($assembly)
[OpenStack.PowerShell.DependencyLoader]::Register([System.IO.Path]::Combine($binaries, 'deps'))
Import-Module -Name $assembly -ErrorAction Stop

# OpenStack's own words for the server lifecycle cmdlets whose approved verbs could surprise an OpenStack user.
# Made through the Alias provider, which every host has (a minimal host may lack Set-Alias).
foreach ($alias in @{ 'New-OSServerSnapshot' = 'New-OSServerImage'; 'Revert-OSServerResize' = 'Undo-OSServerResize'; 'Rebuild-OSServer' = 'Reset-OSServer' }.GetEnumerator()) {
    $null = $ExecutionContext.SessionState.InvokeProvider.Item.New('Alias:', $alias.Key, 'Alias', $alias.Value)
}
