# Dot-sourced by the tests/Pester files, in BeforeDiscovery (for -Skip) and in BeforeAll (for the tests):
# the module from out/OpenStack (./build.ps1 or dotnet build makes it), the local cloud that tests/cloud/start.sh
# starts (its clouds.yaml in OS_TESTCLOUD_DIR, default /var/lib/testcloud), and a name prefix unique to each file,
# so that what a file creates, and only that, is what it cleans up.
#
# Without a cloud the cloud tests are skipped, and say why; under CI=true they run and fail instead.

$RepositoryRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
$ModuleManifest = [System.IO.Path]::Combine($RepositoryRoot, 'out', 'OpenStack', 'OpenStack.psd1')
$TestCloudDir = if ($env:OS_TESTCLOUD_DIR) { $env:OS_TESTCLOUD_DIR } else { '/var/lib/testcloud' }
$CloudsYaml = [System.IO.Path]::Combine($TestCloudDir, 'clouds.yaml')
$InCI = $env:CI -eq 'true'

function Get-TestCloudProblem {
    if (-not [System.IO.File]::Exists($CloudsYaml)) { return "$CloudsYaml does not exist" }
    $auth = (Select-String -LiteralPath $CloudsYaml -Pattern '^\s+auth_url:\s*(\S+)' | Select-Object -First 1).Matches.Groups[1].Value
    if (-not $auth) { return "$CloudsYaml names no auth_url" }
    try {
        $null = Invoke-WebRequest -Uri $auth -TimeoutSec 5 -UseBasicParsing
        return $null
    } catch {
        return "Keystone at $auth did not answer ($($_.Exception.Message))"
    }
}

if ($null -eq (Get-Variable -Name NoCloud -Scope Global -ErrorAction Ignore)) {
    # Asked once per run: every file of the suite reuses the answer.
    $global:NoCloud = Get-TestCloudProblem
    if ($global:NoCloud -and -not $InCI) {
        Write-Warning "The cloud tests are skipped: no local cloud ($global:NoCloud). Start one with: sudo bash tests/cloud/start.sh"
    }
}
$NoCloud = $global:NoCloud
# -Skip for a Describe that needs the cloud: skipped without one, except under CI=true, where it runs and fails.
$SkipCloud = [bool]$NoCloud -and -not $InCI

# OPENSTACK_TEST_DEBUG=1: every cmdlet of the module runs with the -Debug switch (not $DebugPreference), as a runbook
# author debugging would; run under pwsh -NonInteractive, any prompt it caused would fail the test that met it.
if ($env:OPENSTACK_TEST_DEBUG -eq '1') {
    foreach ($pattern in '*-OS*:Debug', 'Connect-OpenStack:Debug', 'Disconnect-OpenStack:Debug') { $global:PSDefaultParameterValues[$pattern] = $true }
}

# One value of the generated clouds.yaml (flat keys under each cloud, as tests/cloud/start.sh writes them).
function Get-TestCloudSetting([string] $Cloud, [string] $Key) {
    $inCloud = $false
    foreach ($line in [System.IO.File]::ReadAllLines($CloudsYaml)) {
        if ($line -match '^  \S') { $inCloud = $line.Trim() -eq "${Cloud}:" }
        elseif ($inCloud -and $line -match "^\s+$([regex]::Escape($Key)):\s*(.*)$") { return $Matches[1].Trim() }
    }
}

# A name prefix unique to this file's run: pester-<stem>-<8 hex>.
function New-TestPrefix([string] $Stem) {
    'pester-{0}-{1}' -f $Stem, [guid]::NewGuid().ToString('N').Substring(0, 8)
}

# Connects the runspace's current session to the local cloud, or says why it cannot.
function Connect-TestCloud([string] $Cloud = 'testcloud-admin') {
    if ($NoCloud) {
        throw "No local cloud: $NoCloud. Start one with: sudo bash tests/cloud/start.sh" + $(if ($InCI) { ' (CI=true: a missing cloud is a failure)' })
    }
    $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
    Connect-OpenStack -Cloud $Cloud -ErrorAction Stop
}

Import-Module $ModuleManifest -ErrorAction Stop
