<#
.SYNOPSIS
    Builds, tests and packages the OpenStack module.

.DESCRIPTION
    The build itself lives in MSBuild: this script is the PowerShell front door to it, and a plain
    `dotnet build` produces the same out/OpenStack/ folder on machines without pwsh.

    -Task Build    builds out/OpenStack/ (manifest, net8.0 and netstandard2.0 assemblies, views, help)
    -Task Test     builds, runs the xunit suites, then the Pester suite in tests/Pester (in a fresh pwsh, with
                   Pester 5.7.1 from .tools/: tools/install-test-tools.sh installs it); every suite runs, and
                   the task fails at the end if any did. -NoBuild skips the build; -ResultsDirectory keeps the
                   result files (TRX for xunit, NUnit XML for Pester), by default in out/test-results
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
    [string] $Configuration = 'Release',
    [string] $ResultsDirectory = [System.IO.Path]::Combine($PSScriptRoot, 'out', 'test-results'),
    [switch] $NoBuild
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
        if (-not $NoBuild) { Invoke-Build }
        $results = [System.IO.Path]::GetFullPath($ResultsDirectory)
        $failed = [System.Collections.Generic.List[string]]::new()
        foreach ($project in 'OpenStack.Client.Tests', 'OpenStack.PowerShell.Tests') {
            & dotnet test ([System.IO.Path]::Combine($root, 'tests', $project)) -c $Configuration --no-build --nologo `
                --logger "trx;LogFileName=$project.trx" --results-directory $results
            if ($LASTEXITCODE -ne 0) { $failed.Add($project) }
        }
        # The Pester suite runs in a fresh pwsh (this one's executable), with Pester 5.7.1 from .tools/
        # (tools/install-test-tools.sh installs it where bash is), else Pester 5 from PSModulePath.
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
        & $pwsh -NoProfile -NonInteractive -File $suite -PesterModule $pesterModule -OutputFile ([System.IO.Path]::Combine($results, 'pester.xml'))
        if ($LASTEXITCODE -ne 0) { $failed.Add('tests/Pester') }
        if ($failed.Count -gt 0) { throw "Failed: $($failed -join ', ') (results in $results)" }
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
