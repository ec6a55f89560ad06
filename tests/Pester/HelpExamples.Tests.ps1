#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Every example of every help page (docs/help/*.md, "## EXAMPLES") runs against the local cloud and fails on any
# error: an example that stops working fails the build. Pages and examples are found at run time; what an example
# needs (the names it uses, a clouds.yaml, a credential) comes from HelpExamples.Fixtures.ps1 and its HelpExamples.Fixtures.<area>.ps1 parts.
#
# The examples run in a project and two users made for this run (one member, one admin of that project only), so
# that "every server", "every address not in use" and the like mean this run's resources and nobody else's. All of
# it is deleted at the end, failed or not.

BeforeDiscovery {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    . ([System.IO.Path]::Combine($PSScriptRoot, 'HelpExamples.Runner.ps1'))
    $HelpFolder = [System.IO.Path]::Combine($RepositoryRoot, 'docs', 'help')
    $Fixtures = Get-HelpExampleFixtures $PSScriptRoot
    $Examples = foreach ($example in Get-HelpExample $HelpFolder) {
        @{ Example = $example; Name = $example.Name; NotHere = $Fixtures.NotHere[$example.Name] }
    }
    # OPENSTACK_HELP_EXAMPLES='Set-OSRouter:*;*subnet pool*' runs only the examples named so (when working on them);
    # CI runs them all.
    if ($env:OPENSTACK_HELP_EXAMPLES -and -not $InCI) {
        $patterns = $env:OPENSTACK_HELP_EXAMPLES -split ';'
        $Examples = @($Examples | Where-Object { $name = $_.Name; @($patterns | Where-Object { $name -like $_ }).Count })
        Write-Warning "Only the $($Examples.Count) help examples OPENSTACK_HELP_EXAMPLES names run."
    }
}

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    . ([System.IO.Path]::Combine($PSScriptRoot, 'HelpExamples.Runner.ps1'))
    $HelpFolder = [System.IO.Path]::Combine($RepositoryRoot, 'docs', 'help')
    $Fixtures = Get-HelpExampleFixtures $PSScriptRoot
}

Describe 'The help example runner' {
    BeforeAll {
        $work = Join-Path $TestDrive runner
        $null = New-Item -ItemType Directory $work
        $runspace = New-ExampleRunspace $ModuleManifest $work
    }
    AfterAll { $runspace.Dispose() }

    It 'finds every powershell block under EXAMPLES of every page' {
        # Counted here without the parser: the lines that open a powershell block between "## EXAMPLES" and the next "## ".
        $blocks = 0
        foreach ($file in Get-ChildItem $HelpFolder -Filter *.md) {
            $text = [System.IO.File]::ReadAllText($file.FullName)
            $section = [regex]::Match($text, '(?ms)^## EXAMPLES\s*$(.*?)(?=^## |\z)').Groups[1].Value
            $blocks += [regex]::Matches($section, '(?m)^```powershell\s*$').Count
        }
        $blocks | Should -BeGreaterThan 100
        @(Get-HelpExample $HelpFolder).Count | Should -Be $blocks
        @(Get-HelpExample $HelpFolder | Select-Object -ExpandProperty Name -Unique).Count | Should -Be $blocks -Because 'each test is named after its page and example'
    }

    It 'reports a broken example of a page as failing, and a sound one as passing' {
        $pages = Join-Path $TestDrive pages
        $null = New-Item -ItemType Directory $pages
        Set-Content (Join-Path $pages Get-Broken.md) @(
            '# Get-Broken', '', '## EXAMPLES', '', '### Writes an error', '```powershell', 'Write-Error "deliberately broken"; "and goes on"', '```', '',
            '### Throws', '```powershell', 'Get-OSNoSuchThing', '```', '',
            '### Works', '```powershell', 'Get-Date | Format-List', '```', '', '## PARAMETERS', '```powershell', 'not an example', '```')
        $found = @(Get-HelpExample $pages)
        $found.Name | Should -Be @('Get-Broken: Writes an error', 'Get-Broken: Throws', 'Get-Broken: Works')
        $results = foreach ($example in $found) { Invoke-InExampleRunspace $runspace $example.Code -TimeoutSec 60 }
        $results[0].Errors | Should -Match 'deliberately broken'
        $results[1].Errors | Should -Match 'Get-OSNoSuchThing'
        $results[2].Errors | Should -BeNullOrEmpty
        $results[2].Output | Should -Match 'DayOfWeek'
    }

    It 'answers a confirmation with Yes and fails an example that prompts for input' {
        (Invoke-InExampleRunspace $runspace 'if ($PSCmdlet -or $true) { $ExecutionContext.Host.UI.PromptForChoice("c", "m", [System.Management.Automation.Host.ChoiceDescription[]]@("&Yes", "&No"), 1) }').Output.Trim() | Should -Be '0'
        (Invoke-InExampleRunspace $runspace 'Read-Host "name"' -TimeoutSec 60).Errors | Should -Match 'read from the console|prompted'
    }
}

Describe 'Help examples' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $run = New-ExampleProject (New-TestPrefix helpex)
        $runspace = Start-ExampleRunspace $run
    }
    AfterAll {
        if ($runspace) { Stop-ExampleRunspace $runspace $Fixtures }
        if ($run) { Remove-ExampleProject $run }
        Disconnect-OpenStack -ErrorAction Ignore
    }

    It '<Name>' -ForEach $Examples {
        if ($NotHere) { Set-ItResult -Skipped -Because $NotHere; return }
        $result = Invoke-HelpExample $runspace $Example $Fixtures
        $result.Errors | Should -BeNullOrEmpty -Because "the example at $($Example.File) line $($Example.Line) ran:`n$($Example.Code)`nand wrote:`n$($result.Output)"
    }
}
