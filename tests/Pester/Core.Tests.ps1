#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Sessions and the catalog against the local cloud: Connect-OpenStack, Get-OSSession, Get-OSEndpoint, Invoke-OSApi,
# Disconnect-OpenStack, and a session carried into other runspaces (ForEach-Object -Parallel, Start-ThreadJob).

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix core
    $fernet = 'gAAAAA'   # how every Keystone token starts: none may be shown
}

Describe 'Connect-OpenStack and the session' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $adminPassword = Get-TestCloudSetting testcloud-admin password
    }
    AfterAll { Disconnect-OpenStack -ErrorAction Ignore }

    It 'connects by cloud name and returns the session with -PassThru' {
        $session = Connect-OpenStack -Cloud testcloud-demo -PassThru
        $session.ProjectName | Should -Be 'demo'
        $session.UserName | Should -Be 'demo'
        $session.Roles | Should -Contain 'member'
        $session.TokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        (Get-OSSession).ProjectName | Should -Be 'demo'
        Connect-OpenStack -Cloud testcloud-admin
        (Get-OSSession).ProjectName | Should -Be 'admin'
    }

    It 'connects with -AuthUrl and a credential, as a user without clouds.yaml does' {
        $credential = [pscredential]::new('admin', (ConvertTo-SecureString -String $adminPassword -AsPlainText -Force))
        $session = Connect-OpenStack -AuthUrl (Get-TestCloudSetting testcloud-admin auth_url) -Credential $credential -Project admin -PassThru
        $session.AuthType | Should -Be 'Password'
        $session.ConfigSource | Should -Be 'parameters'
        @(Get-OSFlavor -Session $session).Count | Should -BeGreaterOrEqual 6
        Connect-OpenStack -Cloud testcloud-admin
        (Get-OSSession).ConfigSource | Should -Be $CloudsYaml
    }

    It 'shows, formats and serialises the session without the token or the password' {
        $session = Get-OSSession
        $list = $session | Format-List * | Out-String
        $table = $session | Format-Table CloudName, ProjectName, UserName, Region | Out-String
        $json = $session | ConvertTo-Json -Depth 5 -WarningAction Ignore
        $list | Should -Match 'ProjectName\s+: admin'
        # Values, not type names: the options and the catalog say what they hold.
        $list | Should -Not -Match 'OpenStack\.Client\.'
        $list | Should -Match 'Options\s+: timeout \d+ s, \d+ retr'
        $list | Should -Match 'Catalog\s+: \d+ services: .*compute'
        $table | Should -Match 'testcloud-admin\s+admin\s+admin\s+RegionOne'
        $json | Should -Match '"ProjectName": "admin"'
        foreach ($text in $list, $table, $json) {
            $text.Contains($fernet) | Should -BeFalse -Because 'no token is shown'
            $text.Contains($adminPassword) | Should -BeFalse -Because 'no password is shown'
        }
    }

    It 'lists the catalog, sorted, grouped and as a table' {
        $endpoints = @(Get-OSEndpoint)
        $types = $endpoints | Sort-Object ServiceType -Unique | Select-Object -ExpandProperty ServiceType
        $types | Should -Contain 'compute'
        $types | Should -Contain 'network'
        $types | Should -Contain 'container-infra'
        ($endpoints | Group-Object Interface | Sort-Object Name).Name | Should -Be @('admin', 'internal', 'public')
        $table = Get-OSEndpoint compute | Format-Table | Out-String
        $table | Should -Match 'ServiceType\s+Name\s+Interface\s+Region\s+Url'
        $table | Should -Match 'compute\s+nova\s+public\s+RegionOne\s+http://127\.0\.0\.1:8774'
        (Get-OSEndpoint network -Interface internal).Interface | Should -Be 'internal'
    }

    It 'exports the catalog with Export-Csv' {
        $csv = Join-Path $TestDrive endpoints.csv
        Get-OSEndpoint | Select-Object ServiceType, Interface, Url | Export-Csv -Path $csv -NoTypeInformation
        $rows = Import-Csv $csv
        @($rows).Count | Should -Be @(Get-OSEndpoint).Count
        ($rows | Where-Object { $_.ServiceType -eq 'image' -and $_.Interface -eq 'public' }).Url | Should -Match ':9292'
    }

    It 'calls any API with Invoke-OSApi, and an error is catchable with -ErrorVariable' {
        (Invoke-OSApi compute flavors).flavors.name | Should -Contain 'm1.nano'
        $raw = Invoke-OSApi network networks -Raw
        $raw.StatusCode | Should -Be 200
        $raw.RequestId | Should -Match '^req-'
        ($raw.Content | ConvertFrom-Json).networks.name | Should -Contain 'public'
        $missing = Invoke-OSApi compute "servers/$([guid]::NewGuid())" -ErrorAction SilentlyContinue -ErrorVariable failed
        $missing | Should -BeNullOrEmpty
        $failed | Should -HaveCount 1
        $failed[0].Exception.Message | Should -Match '404'
        { Invoke-OSApi compute "servers/$([guid]::NewGuid())" -ErrorAction Stop } | Should -Throw
    }

    It 'sends nothing with -WhatIf' {
        Invoke-OSApi network networks -Method POST -Body @{ network = @{ name = "$prefix-whatif" } } -WhatIf
        (Invoke-OSApi network "networks?name=$prefix-whatif").networks | Should -BeNullOrEmpty
    }

    It 'completes flavor names with TabExpansion2' {
        $completion = TabExpansion2 -inputScript 'Get-OSFlavor -Name m1.s' -cursorColumn 'Get-OSFlavor -Name m1.s'.Length
        $completion.CompletionMatches.CompletionText | Should -Be @('m1.small')
    }

    It 'carries a session into ForEach-Object -Parallel' {
        $session = Get-OSSession
        $names = 'compute', 'network', 'image' | ForEach-Object -ThrottleLimit 3 -Parallel {
            Import-Module $using:ModuleManifest
            (Get-OSEndpoint $_ -Session $using:session -Interface public).ServiceType
        }
        $names | Sort-Object | Should -Be @('compute', 'image', 'network')
    }

    It 'carries a session into Start-ThreadJob' {
        $job = Start-ThreadJob -ArgumentList $ModuleManifest, (Get-OSSession) -ScriptBlock {
            param($manifest, $session)
            Import-Module $manifest
            Get-OSFlavor -Name m1.nano -Session $session | Select-Object -ExpandProperty Name
        }
        $job | Wait-Job -Timeout 60 | Receive-Job | Should -Be 'm1.nano'
        $job.State | Should -Be 'Completed'
        $job | Remove-Job
    }

    It 'disconnects: -WhatIf keeps the session, then the next call says how to connect' {
        Disconnect-OpenStack -WhatIf
        (Get-OSSession).ProjectName | Should -Be 'admin'
        Disconnect-OpenStack
        try {
            # Not being connected stops the command whatever -ErrorAction says: there is nothing to go on with.
            { Get-OSEndpoint -ErrorAction SilentlyContinue } | Should -Throw -ErrorId 'OpenStack.NotConnected*'
            try { Get-OSServer } catch { $_.Exception.Message | Should -Match 'Run Connect-OpenStack first' }
        } finally {
            Connect-TestCloud
        }
    }

    It 'revokes its token with Disconnect-OpenStack -Revoke' {
        $session = Connect-OpenStack -Cloud testcloud-demo -PassThru
        Disconnect-OpenStack -Session $session -Revoke
        $session.IsDisposed | Should -BeTrue
        { Get-OSSession } | Should -Throw -ErrorId 'OpenStack.NotConnected*' -Because 'the revoked session was the current one'
        Connect-TestCloud
        (Get-OSSession).ProjectName | Should -Be 'admin'
    }
}
