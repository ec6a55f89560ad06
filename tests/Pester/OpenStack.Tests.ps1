#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The module as a whole: its manifest, verbs, help; a check that every exported cmdlet is run by some file of this
# suite; and the package installed as a user installs it (Install-PSResource from a repository), then used by name
# in a fresh pwsh against the local cloud.

# -ForEach data is built at discovery, before BeforeAll: the module must be imported for both.
BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $manifest = $ModuleManifest
}

Describe 'The OpenStack module' {
    It 'imports without errors or warnings' {
        $warnings = $null
        Import-Module $manifest -Force -WarningVariable warnings -ErrorAction Stop
        $warnings | Should -BeNullOrEmpty
    }

    It 'exports exactly the cmdlets the manifest lists' {
        $listed = (Test-ModuleManifest -Path $manifest).ExportedCmdlets.Keys | Sort-Object
        (Get-Command -Module OpenStack -CommandType Cmdlet).Name | Sort-Object | Should -Be $listed
    }

    It '<Name> uses an approved verb and declares its output type' -ForEach @(
        Get-Command -Module OpenStack -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name; Verb = $_.Verb; OutputType = $_.OutputType } }
    ) {
        (Get-Verb).Verb | Should -Contain $Verb
        $OutputType | Should -Not -BeNullOrEmpty
    }

    It '<Name> supports -WhatIf' -ForEach @(
        Get-Command -Module OpenStack -CommandType Cmdlet | Where-Object Verb -In 'New', 'Set', 'Remove', 'Add', 'Start', 'Stop', 'Restart', 'Disconnect' |
            ForEach-Object { @{ Name = $_.Name; Command = $_ } }
    ) {
        $Command.Parameters.Keys | Should -Contain 'WhatIf'
    }

    It 'says how to connect when there is no session' {
        { Get-OSEndpoint -ErrorAction Stop } | Should -Throw -ErrorId 'OpenStack.NotConnected*'
    }

    It '<Name> has help: synopsis, description, every parameter, two examples' -ForEach @(
        Get-Command -Module OpenStack -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name; Command = $_ } }
    ) {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeLike "$Name*"
        ($help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        foreach ($p in $Command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $entry = $help.parameters.parameter | Where-Object name -eq $p
            ($entry.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$p needs a description"
        }
    }

    It 'has about_OpenStack help' {
        Get-Help about_OpenStack | Out-String | Should -Match 'clouds.yaml'
    }
}

Describe 'The Pester suite' {
    It 'runs every exported cmdlet in at least one of its service files' {
        # Every command a *.Tests.ps1 file calls, as its parser sees it (a script block handed to a child pwsh too).
        # This file is left out: its calls check the module offline, not against the cloud.
        $called = foreach ($file in Get-ChildItem -Path $PSScriptRoot -Filter *.Tests.ps1 | Where-Object Name -ne 'OpenStack.Tests.ps1') {
            $tokens = $errors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref] $tokens, [ref] $errors)
            $errors | Should -BeNullOrEmpty -Because "$($file.Name) must parse"
            $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() }
        }
        $exported = @((Test-ModuleManifest -Path $manifest).ExportedCmdlets.Keys)
        $exported.Count | Should -Be @(Get-Command -Module OpenStack -CommandType Cmdlet).Count
        $notRun = @($exported | Where-Object { $_ -notin $called })
        $notRun | Should -BeNullOrEmpty -Because 'every exported cmdlet needs a Pester test that runs it against the cloud'
    }
}

Describe 'Installed as a user installs it' -Skip:$SkipCloud {
    # A repository folder holding the package the build made (out/packages), Install-PSResource into a clean profile
    # (HOME and the XDG folders point into TestDrive, so the user's own modules and repositories are neither used
    # nor touched), then a fresh pwsh that knows the module only by name.
    BeforeAll {
        if ($NoCloud) { throw "No local cloud: $NoCloud" }
        $nupkg = Get-ChildItem -Path ([System.IO.Path]::Combine($RepositoryRoot, 'out', 'packages')) -Filter 'OpenStack.*.nupkg' -ErrorAction Ignore |
            Sort-Object LastWriteTime | Select-Object -Last 1
        if (-not $nupkg) { throw 'No package in out/packages: run ./build.ps1 -Task Package first' }
        $repository = New-Item -ItemType Directory -Path (Join-Path $TestDrive repository)
        Copy-Item -Path $nupkg.FullName -Destination $repository
        $profileHome = New-Item -ItemType Directory -Path (Join-Path $TestDrive home)
        # .NET answers an empty path for a special folder that does not exist, and PSResourceGet would then keep its
        # repository list in the current directory.
        foreach ($folder in '.local/share', '.config', '.cache') { $null = New-Item -ItemType Directory -Path (Join-Path $profileHome $folder) }
        $pwsh = [System.IO.Path]::Combine($PSHOME, $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))

        # Runs a script block in a fresh pwsh whose profile folders are all under $profileHome.
        function Invoke-InCleanProfile([scriptblock] $Script, [object[]] $ArgumentList) {
            $saved = @{}
            $clean = @{ HOME = $profileHome.FullName; XDG_DATA_HOME = "$profileHome/.local/share"; XDG_CONFIG_HOME = "$profileHome/.config"
                        XDG_CACHE_HOME = "$profileHome/.cache"; PSModulePath = $null }
            foreach ($name in $clean.Keys) {
                $saved[$name] = [Environment]::GetEnvironmentVariable($name)
                [Environment]::SetEnvironmentVariable($name, $clean[$name])
            }
            try {
                & $pwsh -NoProfile -NonInteractive -Command $Script -args $ArgumentList
                if ($LASTEXITCODE -ne 0) { throw "the fresh pwsh exited with $LASTEXITCODE" }
            } finally {
                foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
            }
        }
    }

    It 'installs with Install-PSResource from a local repository' {
        $installed = Invoke-InCleanProfile -ArgumentList $repository.FullName -Script {
            param($repository)
            $ErrorActionPreference = 'Stop'
            Register-PSResourceRepository -Name LocalOpenStack -Uri $repository -Trusted
            Find-PSResource -Name OpenStack -Repository LocalOpenStack | Select-Object Name, Version, Repository
            Install-PSResource -Name OpenStack -Repository LocalOpenStack -Scope CurrentUser -PassThru | Select-Object Name, Version, InstalledLocation
        }
        $found, $done = $installed
        $found.Name | Should -Be 'OpenStack'
        $found.Repository | Should -Be 'LocalOpenStack'
        $done.Name | Should -Be 'OpenStack'
        $done.Version.ToString() | Should -Be ($nupkg.Name -replace '^OpenStack\.(.*)\.nupkg$', '$1')
        $done.InstalledLocation | Should -BeLike "$($profileHome.FullName)*"
        Join-Path $profileHome '.local/share/PSResourceGet/PSResourceRepository.xml' | Should -Exist
    }

    It 'imports by name in a fresh pwsh, passes Test-ModuleManifest, connects and lists' {
        $seen = Invoke-InCleanProfile -ArgumentList $CloudsYaml -Script {
            param($cloudsYaml)
            $ErrorActionPreference = 'Stop'
            Import-Module OpenStack
            $module = Get-Module OpenStack
            $checked = Test-ModuleManifest -Path ([System.IO.Path]::Combine($module.ModuleBase, 'OpenStack.psd1'))
            $env:OS_CLIENT_CONFIG_FILE = $cloudsYaml
            Connect-OpenStack -Cloud testcloud-demo
            [pscustomobject]@{
                ModuleBase = $module.ModuleBase
                Version    = $checked.Version.ToString()
                Cmdlets    = $checked.ExportedCmdlets.Count
                Commands   = @(Get-Command -Module OpenStack -CommandType Cmdlet).Count
                Project    = (Get-OSSession).ProjectName
                Flavors    = @(Get-OSFlavor | Sort-Object Ram | Select-Object -ExpandProperty Name)
                Images     = @(Get-OSImage -Name testcloud-image).Name
                Networks   = @(Get-OSNetwork | Select-Object -ExpandProperty Name)
                Routers    = @(Get-OSRouter).Name
                Keypairs   = @(Get-OSKeypair).Count
                Volumes    = @(Get-OSVolume).Count
                Servers    = @(Get-OSServer).Count
                Endpoint   = (Get-OSEndpoint compute -Interface public).Url
                Help       = (Get-Help Get-OSServer).Synopsis
            }
            Disconnect-OpenStack
        }
        $seen.ModuleBase | Should -BeLike "$($profileHome.FullName)*"
        $seen.Cmdlets | Should -Be (Test-ModuleManifest -Path $manifest).ExportedCmdlets.Count
        $seen.Commands | Should -Be $seen.Cmdlets
        $seen.Project | Should -Be 'demo'
        $seen.Flavors[0] | Should -Be 'm1.nano'
        $seen.Images | Should -Be 'testcloud-image'
        $seen.Networks | Should -Contain 'private'
        $seen.Routers | Should -Contain 'router1'
        $seen.Endpoint | Should -Match ':8774'
        $seen.Help | Should -Not -BeNullOrEmpty
    }
}
