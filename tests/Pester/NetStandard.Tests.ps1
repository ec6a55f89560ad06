#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The netstandard2.0 build (the one Windows PowerShell 5.1 loads) has no Windows PowerShell here to run in. pwsh 7.6
# can load it, so its own code paths (the netstandard2.0 OpenStack.Client with its polyfills and #if branches, the
# module's loader over deps/) run here against the cloud: connect, list, create and remove one resource.
# What this does not cover: .NET Framework itself, and the System.Text.Json and other copies in deps/, which .NET 10
# serves from its own framework instead.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix ns20
    $pwsh = [System.IO.Path]::Combine($PSHOME, $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
    $binaries = [System.IO.Path]::Combine($RepositoryRoot, 'out', 'OpenStack', 'netstandard2.0')
}

Describe 'The netstandard2.0 build in pwsh 7.6' -Skip:$SkipCloud {
    BeforeAll { if ($NoCloud) { throw "No local cloud: $NoCloud" } }

    It 'loads, connects, lists, creates and removes a security group' {
        # A fresh pwsh imports the netstandard2.0 folder's loader, then its cmdlets, as the manifest has Windows PowerShell
        # do: the loader's initializer serves the client from deps/ before the cmdlet types are read.
        $seen = & $pwsh -NoProfile -NonInteractive -Command {
            param($binaries, $cloudsYaml, $prefix)
            $ErrorActionPreference = 'Stop'
            Import-Module -Name ([System.IO.Path]::Combine($binaries, 'OpenStack.PowerShell.Loader.dll'))
            Import-Module -Name ([System.IO.Path]::Combine($binaries, 'OpenStack.PowerShell.dll'))
            $env:OS_CLIENT_CONFIG_FILE = $cloudsYaml
            $session = Connect-OpenStack -Cloud testcloud-admin -PassThru
            $client = $session.GetType().Assembly
            $group = New-OSSecurityGroup -Name "$prefix-sg" -Description 'netstandard2.0'
            $rule = $group | New-OSSecurityGroupRule -Protocol tcp -PortRangeMin 443 -RemoteIpPrefix 192.0.2.0/24
            [pscustomobject]@{
                Frameworks = @([OpenStack.PowerShell.DependencyLoader].Assembly, $client) |
                    ForEach-Object { $_.GetCustomAttributes([System.Runtime.Versioning.TargetFrameworkAttribute], $false).FrameworkName }
                ClientPath = $client.Location
                Commands   = @(Get-Command -Module OpenStack.PowerShell -CommandType Cmdlet).Count
                Project    = (Get-OSSession).ProjectName
                Flavors    = @(Get-OSFlavor -Name 'm1.*').Count
                Image      = (Get-OSImage -Name testcloud-image).Status
                External   = (Get-OSNetwork -External).Name
                Servers    = @(Get-OSServer -AllProjects).Count -ge 0
                Volumes    = @(Get-OSVolume).Count -ge 0
                Endpoint   = (Get-OSEndpoint image -Interface public).Url
                Api        = @((Invoke-OSApi compute flavors).flavors).Count
                Rule       = $rule.PortRangeMin
                Listed     = @(Get-OSSecurityGroupRule -SecurityGroup $group.Id -Protocol tcp).Count
            }
            Remove-OSSecurityGroup $group.Id -Force
            @(Get-OSSecurityGroup -Name "$prefix-sg").Count
            Disconnect-OpenStack
        } -args $binaries, $CloudsYaml, $prefix
        $LASTEXITCODE | Should -Be 0
        $result, $left = $seen
        $result.Frameworks | Should -Be @('.NETStandard,Version=v2.0', '.NETStandard,Version=v2.0')
        $result.ClientPath | Should -Be ([System.IO.Path]::Combine($binaries, 'deps', 'OpenStack.Client.dll'))
        $result.Commands | Should -Be (Test-ModuleManifest -Path $ModuleManifest).ExportedCmdlets.Count
        $result.Project | Should -Be 'admin'
        $result.Flavors | Should -Be 6
        $result.Image | Should -Be 'active'
        $result.External | Should -Contain 'public'
        $result.Servers | Should -BeTrue
        $result.Volumes | Should -BeTrue
        $result.Endpoint | Should -Match ':9292'
        $result.Api | Should -BeGreaterOrEqual 6
        $result.Rule | Should -Be 443
        $result.Listed | Should -Be 1
        $left | Should -Be 0
    }
}
