<#
.SYNOPSIS
    Runs the Pester suite (tests/Pester/*.Tests.ps1) with Pester 5 and writes its NUnit result file.

.DESCRIPTION
    Used by tests/run.sh and by ./build.ps1 -Task Test, in the pwsh that tools/install-test-tools.sh installs.
    Pester is imported from -PesterModule (the project's copy in .tools/), else Pester 5 from PSModulePath.
    The exit code is the number of failed tests plus failed blocks and containers (a file that does not load,
    a BeforeAll that throws), so a failure outside any test still fails the run.

.EXAMPLE
    .tools/pwsh/pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1 -Path tests/Pester/Network.Tests.ps1
#>
[CmdletBinding()]
param(
    [string[]] $Path = @($PSScriptRoot),
    [string] $PesterModule = [System.IO.Path]::Combine($PSScriptRoot, '..', '..', '.tools', 'pester', 'pester', '5.7.1', 'tools', 'Pester.psd1'),
    [string] $OutputFile = [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'test-results', 'pester.xml'),
    [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')]
    [string] $Output = 'Detailed'
)
$ErrorActionPreference = 'Stop'
# Colours for a terminal only: a log (CI, a file) gets plain text. The fresh pwsh processes the tests start inherit it.
if ([Console]::IsOutputRedirected) {
    $PSStyle.OutputRendering = 'PlainText'
    $env:NO_COLOR = '1'
}
if (Test-Path -LiteralPath $PesterModule) {
    Import-Module -Name $PesterModule -Force
} else {
    Import-Module -Name Pester -MinimumVersion 5.0 -Force
}

$config = New-PesterConfiguration
$config.Run.Path = @($Path -split ',' | Where-Object { $_ })
$config.Run.PassThru = $true
$config.Output.Verbosity = $Output
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'NUnitXml'
$config.TestResult.OutputPath = [System.IO.Path]::GetFullPath($OutputFile)
[System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($config.TestResult.OutputPath.Value)) | Out-Null

$result = Invoke-Pester -Configuration $config
if ($null -eq $result) {
    $Host.UI.WriteErrorLine('Pester returned no result: the suite did not run')
    exit 1
}
$Host.UI.WriteLine("Pester $((Get-Module Pester).Version) in pwsh $($PSVersionTable.PSVersion): $($result.PassedCount) passed, " +
    "$($result.FailedCount) failed, $($result.SkippedCount) skipped, $($result.FailedBlocksCount) failed blocks, " +
    "$($result.FailedContainersCount) failed containers in $([int]$result.Duration.TotalSeconds) s")
# Failures outside any test are not in the NUnit file's counts: name them beside it, for the run's summary line.
$outside = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($config.TestResult.OutputPath.Value), 'pester-outside-tests.txt')
function Get-FirstError($item) {
    $message = @($item.ErrorRecord | ForEach-Object { "$($_.Exception.Message)" -split "`n" | Select-Object -First 1 })[0]
    if ($message) { "`t$($message.Trim())" } else { '' }
}
$names = @($result.FailedBlocks | ForEach-Object { "block '$($_.ExpandedPath)'$(Get-FirstError $_)" }) +
    @($result.FailedContainers | ForEach-Object { "file $([System.IO.Path]::GetFileName([string]$_.Item))$(Get-FirstError $_)" })
if ($names.Count -gt 0) {
    [System.IO.File]::WriteAllLines($outside, [string[]]$names)
} elseif ([System.IO.File]::Exists($outside)) {
    [System.IO.File]::Delete($outside)
}
exit ($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount)
