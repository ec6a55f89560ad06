# Finds the examples of the help pages and runs them, for tests/Pester/HelpExamples.Tests.ps1.
#
# An example is a ```powershell block under "## EXAMPLES" of a page in docs/help, named by the page and the "###"
# title above it. Each runs in a runspace of its own host (HelpExampleHost.cs: confirmations are answered with
# "Yes to All", other prompts fail), with the module imported from the built manifest, $ErrorActionPreference = 'Stop'
# and its output formatted as a user would see it, so that any error, terminating or not, fails it.

. ([System.IO.Path]::Combine($PSScriptRoot, 'HelpExamples.Project.ps1'))

# Every example of every page under $Path, in page order: Page, Title, Name ("Page: Title"), Code, File, Line.
function Get-HelpExample([string] $Path) {
    foreach ($file in Get-ChildItem -LiteralPath $Path -Filter *.md | Sort-Object Name) {
        $page = $file.BaseName
        $lines = [System.IO.File]::ReadAllLines($file.FullName)
        $inExamples = $false; $title = $null; $code = $null; $start = 0
        $seen = @{}
        for ($i = 0; $i -lt $lines.Count; $i++) {
            $line = $lines[$i]
            if ($null -ne $code) {
                if ($line -match '^```\s*$') {
                    # Two blocks under one title are told apart by their number.
                    $seen[$title] = 1 + $seen[$title]
                    $name = if ($seen[$title] -gt 1) { "${page}: $title ($($seen[$title]))" } else { "${page}: $title" }
                    [pscustomobject]@{ Page = $page; Title = $title; Name = $name; Code = $code -join "`n"; File = $file.FullName; Line = $start }
                    $code = $null
                } else { $code += $line }
            }
            elseif ($line -match '^## ') { $inExamples = $line -match '^## EXAMPLES\s*$' }
            elseif (-not $inExamples) { }
            elseif ($line -match '^### (.+)$') { $title = $Matches[1].Trim() }
            elseif ($line -match '^```powershell\s*$') { $code = @(); $start = $i + 2 }
        }
    }
}

# A runspace to run examples in: the module from $Manifest, errors stop, $Location as the current and home folder.
function New-ExampleRunspace([string] $Manifest, [string] $Location) {
    if (-not ('HelpExamples.ExampleHost' -as [type])) {
        Add-Type -Path ([System.IO.Path]::Combine($PSScriptRoot, 'HelpExampleHost.cs'))
    }
    $iss = [initialsessionstate]::CreateDefault2()
    $iss.ImportPSModule($Manifest)
    $iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('ErrorActionPreference', 'Stop', ''))
    $runspace = [runspacefactory]::CreateRunspace([HelpExamples.ExampleHost]::new(), $iss)
    $runspace.Open()
    $null = Invoke-InExampleRunspace $runspace "Set-Location -LiteralPath '$Location'; (Get-PSProvider FileSystem).Home = '$Location'"
    # As in TestCloud.ps1: OPENSTACK_TEST_DEBUG=1 runs every cmdlet of the module with the -Debug switch.
    if ($env:OPENSTACK_TEST_DEBUG -eq '1') {
        $null = Invoke-InExampleRunspace $runspace "foreach (`$p in '*-OS*:Debug', 'Connect-OpenStack:Debug', 'Disconnect-OpenStack:Debug') { `$global:PSDefaultParameterValues[`$p] = `$true }" -Global
    }
    $runspace
}

# Runs $Script in $Runspace; returns its Output (as the user would see it) and its Errors (terminating or not, with
# where they happened). An example that runs longer than $TimeoutSec is stopped and fails. An example runs in a scope of
# its own; a fixture with -Global, so that what it defines ($secret, a Get-Credential function) stays for the example.
function Invoke-InExampleRunspace($Runspace, [string] $Script, [int] $TimeoutSec = 300, [switch] $Global) {
    $ps = [powershell]::Create()
    $ps.Runspace = $Runspace
    $null = $ps.AddScript("$(if ($Global) { '.' } else { '&' }) {`n$Script`n} | Out-String -Width 250")
    $errors = [System.Collections.Generic.List[string]]::new()
    $output = ''
    $async = $ps.BeginInvoke()
    if (-not $async.AsyncWaitHandle.WaitOne([timespan]::FromSeconds($TimeoutSec))) {
        $errors.Add("did not finish in $TimeoutSec s")
        $ps.Stop()
    }
    try {
        $output = -join $ps.EndInvoke($async)
    } catch {
        $e = $_.Exception
        while ($e.InnerException -and $e -is [System.Management.Automation.MethodInvocationException]) { $e = $e.InnerException }
        $record = if ($e -is [System.Management.Automation.IContainsErrorRecord]) { $e.ErrorRecord }
        $where = if ($record -and $record.InvocationInfo) { ' ' + $record.InvocationInfo.PositionMessage } else { '' }
        $errors.Add($e.Message + $where)
    }
    foreach ($record in $ps.Streams.Error) {
        $text = "$record" + $(if ($record.InvocationInfo) { ' ' + $record.InvocationInfo.PositionMessage })
        if (-not $errors.Contains($text)) { $errors.Add($text) }
    }
    if ($ps.HadErrors -and $errors.Count -eq 0) { $errors.Add('the pipeline reported an error without an error record') }
    $ps.Dispose()
    [pscustomobject]@{ Output = $output; Errors = $errors.ToArray() }
}

# The fixture map: HelpExamples.Fixtures.ps1 and, merged into it, each HelpExamples.Fixtures.<area>.ps1 (the same
# keys, for one area of the module). A name given twice is an error, not a silent override.
function Get-HelpExampleFixtures([string] $Folder) {
    $fixtures = & ([System.IO.Path]::Combine($Folder, 'HelpExamples.Fixtures.ps1'))
    foreach ($file in Get-ChildItem -Path $Folder -Filter 'HelpExamples.Fixtures.*.ps1' | Sort-Object Name) {
        $part = & $file.FullName
        foreach ($section in 'Resources', 'Examples', 'NotHere') {
            if (-not $part[$section]) { continue }
            foreach ($key in $part[$section].Keys) {
                if ($fixtures[$section].ContainsKey($key)) { throw "$($file.Name): $section '$key' is also given elsewhere." }
                $fixtures[$section][$key] = $part[$section][$key]
            }
        }
        if ($part.Sweep) { $fixtures.Sweep = [scriptblock]::Create("$($fixtures.Sweep)`n$($part.Sweep)") }
    }
    $fixtures
}

# Runs one example with its fixtures (HelpExamples.Fixtures.ps1): the names it needs made, the names it makes removed
# before and after, its Setup and Cleanup, its Replace (text of the example -> an expression run in its place), and
# the admin session when it needs one. A fixture or clean-up that fails fails the example too.
function Invoke-HelpExample($Runspace, $Example, $Fixtures) {
    $fixture = $Fixtures.Examples[$Example.Name]
    if (-not $fixture) { $fixture = @{} }
    $errors = [System.Collections.Generic.List[string]]::new()
    $run = {
        param([string] $What, [string] $Script)
        $r = Invoke-InExampleRunspace $Runspace $Script -Global -TimeoutSec 600
        foreach ($e in $r.Errors) { $errors.Add("${What}: $e") }
        $r.Errors.Count -eq 0
    }
    $result = $null
    try {
        # What must be present is made as the member, as the project's own (the admin would see every project's
        # "private" network and find the name ambiguous); a resource marked Admin is made as the admin.
        $ready = (-not $fixture.Admin -or (& $run 'admin session' 'Connect-OpenStack -Cloud helpex-admin')) -and
            (& $run 'absent' (@(foreach ($name in $fixture.Absent) { "Remove-Fixture '$name'" }) -join "`n")) -and
            (-not $fixture.Admin -or -not $fixture.Present -or (& $run 'member session' 'Connect-OpenStack -Cloud helpex')) -and
            (& $run 'present' (Get-FixtureScript $Fixtures $fixture.Present)) -and
            (-not $fixture.Admin -or -not $fixture.Present -or (& $run 'admin session' 'Connect-OpenStack -Cloud helpex-admin')) -and
            (-not $fixture.Setup -or (& $run 'setup' $fixture.Setup.ToString()))
        if ($ready) {
            $code = $Example.Code
            if ($fixture.Replace) { foreach ($text in @($fixture.Replace.Keys)) { $code = $code.Replace($text, $fixture.Replace[$text]) } }
            $result = Invoke-InExampleRunspace $Runspace $code
            $errors.InsertRange(0, [string[]]$result.Errors)
        }
    } finally {
        if ($fixture.Cleanup) { $null = & $run 'cleanup' $fixture.Cleanup.ToString() }
        $null = & $run 'cleanup' (@(foreach ($name in $fixture.Absent) { "Remove-Fixture '$name'" }) -join "`n")
        if ($fixture.Admin) { $null = & $run 'member session' 'Connect-OpenStack -Cloud helpex' }
    }
    [pscustomobject]@{ Output = $result.Output; Errors = $errors.ToArray() }
}

# The script that makes the named resources that do not exist yet, each after the ones it needs.
function Get-FixtureScript($Fixtures, [string[]] $Names) {
    $done = [System.Collections.Generic.List[string]]::new()
    $add = {
        param($name)
        if ($done.Contains($name)) { return }
        $resource = $Fixtures.Resources[$name]
        if (-not $resource) { throw "HelpExamples.Fixtures.ps1 has no resource '$name'" }
        foreach ($need in $resource.Needs) { & $add $need }
        $done.Add($name)
        $make = "if (-not (Find-Fixture '$name')) {`n$($resource.Create)`n}"
        if ($resource.Admin) { "Invoke-AsAdmin {`n$make`n}" } else { $make }
        if ($name -like 'server *') { "Reset-FixtureServer '$($name.Substring(7))'" }
    }
    (@(foreach ($name in $Names) { & $add $name }) | Where-Object { $_ }) -join "`n"
}
