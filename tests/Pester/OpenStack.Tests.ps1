#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Runs where pwsh and Pester are installed (users, Windows CI): ./build.ps1 -Task Test.
# Against a cloud too when OS_CLOUD names one in clouds.yaml.

# -ForEach data is built at discovery, before BeforeAll: the module must be imported for both.
BeforeDiscovery {
    $manifest = [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'OpenStack', 'OpenStack.psd1')
    Import-Module $manifest -Force -ErrorAction Stop
}

BeforeAll {
    $manifest = [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'OpenStack', 'OpenStack.psd1')
    Import-Module $manifest -Force -ErrorAction Stop
}

Describe 'The OpenStack module' {
    It 'imports without errors or warnings' {
        $warnings = $null
        Import-Module $manifest -Force -WarningVariable warnings -ErrorAction Stop
        $warnings | Should -BeNullOrEmpty
    }

    It 'exports exactly the cmdlets the manifest lists' {
        $listed = (Test-ModuleManifest -Path $manifest).ExportedCmdlets.Keys | Sort-Object
        (Get-Command -Module OpenStack).Name | Sort-Object | Should -Be $listed
    }

    It '<Name> uses an approved verb and declares its output type' -ForEach @(
        Get-Command -Module OpenStack | ForEach-Object { @{ Name = $_.Name; Verb = $_.Verb; OutputType = $_.OutputType } }
    ) {
        (Get-Verb).Verb | Should -Contain $Verb
        $OutputType | Should -Not -BeNullOrEmpty
    }

    It '<Name> supports -WhatIf' -ForEach @(
        Get-Command -Module OpenStack | Where-Object Verb -In 'New', 'Set', 'Remove', 'Add', 'Start', 'Stop', 'Restart', 'Disconnect' |
            ForEach-Object { @{ Name = $_.Name; Command = $_ } }
    ) {
        $Command.Parameters.Keys | Should -Contain 'WhatIf'
    }

    It 'says how to connect when there is no session' {
        { Get-OSEndpoint -ErrorAction Stop } | Should -Throw -ErrorId 'OpenStack.NotConnected*'
    }

    It '<Name> has help: synopsis, description, every parameter, two examples' -ForEach @(
        Get-Command -Module OpenStack | ForEach-Object { @{ Name = $_.Name; Command = $_ } }
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

Describe 'Against a cloud' -Skip:(-not $env:OS_CLOUD) {
    BeforeAll { Connect-OpenStack -Cloud $env:OS_CLOUD }
    AfterAll { Disconnect-OpenStack }

    It 'shows the session without the token' {
        $session = Get-OSSession
        $session.ProjectName | Should -Not -BeNullOrEmpty
        ($session | Format-List * | Out-String) | Should -Not -Match 'gAAAAA'
    }

    It 'lists the catalog' {
        Get-OSEndpoint compute | Should -Not -BeNullOrEmpty
    }

    It 'calls any API' {
        (Invoke-OSApi compute flavors).flavors | Should -Not -BeNullOrEmpty
    }

    It 'filters servers with Where-Object and stops none with -WhatIf' {
        $active = @(Get-OSServer | Where-Object Status -eq ACTIVE)
        $active | Stop-OSServer -WhatIf
        @(Get-OSServer | Where-Object Status -eq ACTIVE).Count | Should -Be $active.Count
    }

    It 'pipes a new security group into its rule and its removal' {
        $name = "pester-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
        $group = New-OSSecurityGroup -Name $name
        try {
            $group | New-OSSecurityGroupRule -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 10.0.0.0/8 | Out-Null
            @(Get-OSSecurityGroupRule -SecurityGroup $name | Where-Object PortRangeMin -eq 22) | Should -HaveCount 1
        } finally {
            Get-OSSecurityGroup -Name $name | Remove-OSSecurityGroup -Force
        }
        Get-OSSecurityGroup -Name $name | Should -BeNullOrEmpty
    }

    It 'finds flavors by disk through the pipeline' {
        $all = @(Get-OSFlavor)
        @($all | Where-Object Disk -ge 0) | Should -HaveCount $all.Count
    }

    It 'sends nothing with -WhatIf' {
        $name = "pester-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
        Invoke-OSApi network networks -Method POST -Body @{ network = @{ name = $name } } -WhatIf
        (Invoke-OSApi network "networks?name=$name").networks | Should -BeNullOrEmpty
    }
}
