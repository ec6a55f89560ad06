<#
.SYNOPSIS
    Builds, tests and packages the OpenStack module.

.DESCRIPTION
    The build itself lives in MSBuild: this script is the PowerShell front door to it, and a plain
    `dotnet build` produces the same out/OpenStack/ folder on machines without pwsh.

    -Task Build    builds out/OpenStack/ (manifest, net8.0 and netstandard2.0 assemblies, views, help)
    -Task Test     builds, runs the xunit suites, then the Pester tests in tests/Pester
    -Task Package  builds, which also makes out/packages/OpenStack.<version>.nupkg for a PowerShell repository
    -Task Clean    removes out/ and the bin/obj folders

.EXAMPLE
    ./build.ps1
    Import-Module ./out/OpenStack
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Clean')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$module = [System.IO.Path]::Combine($root, 'out', 'OpenStack')

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Build {
    Invoke-Dotnet build ([System.IO.Path]::Combine($root, 'OpenStack.PowerShell.sln')) -c $Configuration --nologo
    $Host.UI.WriteLine("Module built in $module")
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' {
        Invoke-Build
        foreach ($project in 'OpenStack.Client.Tests', 'OpenStack.PowerShell.Tests') {
            Invoke-Dotnet test ([System.IO.Path]::Combine($root, 'tests', $project)) -c $Configuration --no-build --nologo
        }
        # The Pester suite runs in a fresh pwsh (this one, or the project's copy in .tools/), with Pester 5.7.1 from
        # .tools/ (tools/install-test-tools.sh installs both where bash is), else Pester 5 from PSModulePath.
        $pesterModule = [System.IO.Path]::Combine($root, '.tools', 'pester', 'pester', '5.7.1', 'tools', 'Pester.psd1')
        $installer = [System.IO.Path]::Combine($root, 'tools', 'install-test-tools.sh')
        if (-not [System.IO.File]::Exists($pesterModule) -and -not $IsWindows -and (Get-Command bash -ErrorAction Ignore)) {
            & bash $installer | Out-Null
            if ($LASTEXITCODE -ne 0) { throw "$installer failed with exit code $LASTEXITCODE" }
        }
        if (-not [System.IO.File]::Exists($pesterModule) -and -not (Get-Module -ListAvailable -Name Pester | Where-Object Version -ge '5.0')) {
            throw 'Pester 5 is not installed: run tools/install-test-tools.sh, or Install-PSResource Pester'
        }
        $pwsh = [System.IO.Path]::Combine($PSHOME, $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
        if (-not [System.IO.File]::Exists($pwsh)) { $pwsh = (Get-Command pwsh -ErrorAction Stop).Source }
        $suite = [System.IO.Path]::Combine($root, 'tests', 'Pester', 'Invoke-PesterSuite.ps1')
        & $pwsh -NoProfile -NonInteractive -File $suite -PesterModule $pesterModule
        if ($LASTEXITCODE -ne 0) { throw "the Pester suite failed ($LASTEXITCODE failed tests, blocks or files)" }
    }
    'Package' {
        # The build packs out/OpenStack/ into out/packages/OpenStack.<version>.nupkg (tools/OpenStack.Packaging),
        # laid out and tagged as Publish-PSResource would; publish it with Publish-PSResource -NupkgPath.
        Invoke-Build
        $Host.UI.WriteLine("Package written to $([System.IO.Path]::Combine($root, 'out', 'packages'))")
    }
    'Clean' {
        foreach ($dir in @([System.IO.Path]::Combine($root, 'out')) + @(Get-ChildItem -Path $root -Recurse -Directory -Include bin, obj | ForEach-Object FullName)) {
            if ([System.IO.Directory]::Exists($dir)) { [System.IO.Directory]::Delete($dir, $true) }
        }
    }
}
