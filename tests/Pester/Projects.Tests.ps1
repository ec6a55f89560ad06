#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Keystone projects, domains, project switching and the catalog against the local cloud. Everything made here is named
# pester-proj-<8 hex> and removed in AfterAll; the cloud's own projects, users and domains are only read.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix proj
    # The CLI as the admin, leaving the process's OS_* variables as they were (later files read them).
    function Show-Json([string[]] $Arguments) {
        $saved = $env:OS_CLIENT_CONFIG_FILE
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        try { & openstack --os-cloud testcloud-admin @Arguments -f json | ConvertFrom-Json }
        finally { $env:OS_CLIENT_CONFIG_FILE = $saved }
    }
}

Describe 'Projects' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll {
        Get-OSProject -Name "$prefix*" | Remove-OSProject -Force
        Disconnect-OpenStack
    }

    It 'creates a project that openstack project show sees the same' {
        $p = New-OSProject -Name "$prefix-a" -Domain Default -Description 'made by Pester' -Tag one, two
        $shown = Show-Json project, show, $p.Id
        $shown.name | Should -Be "$prefix-a"
        $shown.description | Should -Be 'made by Pester'
        $shown.domain_id | Should -Be 'default'
        $shown.enabled | Should -BeTrue
        @($shown.tags | Sort-Object) | Should -Be @('one', 'two')
    }

    It 'finds it by name, id and filters; the view shows the domain name' {
        (Get-OSProject -Id "$prefix-a").Id | Should -Not -BeNullOrEmpty
        $byId = Get-OSProject -Id (Get-OSProject -Id "$prefix-a").Id
        $byId.DomainName | Should -Be 'Default'
        (Get-OSProject -Name "$prefix*" -Domain Default -Tag one).Name | Should -Be "$prefix-a"
        @(Get-OSProject -Name "$prefix*" -Enabled $false) | Should -BeNullOrEmpty
        $text = Get-OSProject -Id "$prefix-a" | Format-Table | Out-String -Width 200
        $text | Should -Match 'Domain'
        $text | Should -Match "$prefix-a\s+[0-9a-f]{32}\s+Default\s+True\s+made by Pester"
    }

    It 'refuses a duplicate name with ResourceExists and Keystone''s message' {
        New-OSProject -Name "$prefix-a" -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failed[0].Exception.Message | Should -Match 'same name'
        $failed[0].Exception.RequestId | Should -Match '^req-'
    }

    It 'makes a child project, -Disabled, and lists by -Parent' {
        $child = New-OSProject -Name "$prefix-child" -Parent "$prefix-a" -Disabled
        $child.Enabled | Should -BeFalse
        (Get-OSProject -Parent "$prefix-a").Name | Should -Be "$prefix-child"
        (Get-OSProject -Name "$prefix*" -Enabled $false).Name | Should -Be "$prefix-child"
        Remove-OSProject -Id $child.Id -Force
    }

    It 'changes name, description, enabled and tags with Set-OSProject' {
        $changed = Set-OSProject "$prefix-a" -Description changed -Enabled $false -Tag three -PassThru
        $changed.Description | Should -Be changed
        $changed.Enabled | Should -BeFalse
        $changed.Tags | Should -Be @('three')
        Set-OSProject "$prefix-a" -Enabled $true -Name "$prefix-b"
        (Show-Json project, show, $changed.Id).name | Should -Be "$prefix-b"
        Set-OSProject "$prefix-none" -Description x -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'asks before deleting (High), and -WhatIf deletes nothing' {
        (Get-Command Remove-OSProject).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        Remove-OSProject "$prefix-b" -WhatIf
        Get-OSProject -Id "$prefix-b" | Should -Not -BeNullOrEmpty
        Get-OSProject -Id "$prefix-b" | Remove-OSProject -Force
        Get-OSProject -Id "$prefix-b" -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'a demo user''s New-OSProject is PermissionDenied with Keystone''s message' {
        $demo = Connect-OpenStack -Cloud testcloud-demo -PassThru
        try {
            New-OSProject -Name "$prefix-denied" -Session $demo -ErrorAction SilentlyContinue -ErrorVariable denied | Should -BeNullOrEmpty
            $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $denied[0].Exception.Message | Should -Match 'not authorized'
            $denied[0].Exception.RequestId | Should -Match '^req-'
            (Get-OSProject -My -Session $demo).Name | Should -Contain 'demo'
        }
        # Connect-OpenStack made the demo session the current one: back to admin.
        finally { Disconnect-OpenStack -Session $demo; Connect-TestCloud | Out-Null }
    }
}

Describe 'Switch-OSProject' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        # The local cloud gives admin the admin role on demo; a project of our own without any role on it for admin.
        $noRole = New-OSProject -Name "$prefix-norole"
    }
    AfterAll {
        Switch-OSProject admin -ErrorAction SilentlyContinue
        Get-OSProject -Name "$prefix*" | Remove-OSProject -Force
        Disconnect-OpenStack
    }

    It 'admin has a role on demo (checked with the openstack CLI)' {
        $roles = Show-Json role, assignment, list, --names, --user, admin, --project, demo
        @($roles).Count | Should -BeGreaterThan 0
        (Get-OSProject -My).Name | Should -Contain 'demo'
    }

    It 'switches to demo and back: same user, new project, catalog and calls' {
        $before = Get-OSSession
        $session = Switch-OSProject demo -PassThru
        $session.ProjectName | Should -Be 'demo'
        $session.UserName | Should -Be 'admin'
        (Get-OSSession).ProjectName | Should -Be 'demo'
        (Get-OSEndpoint volumev3 -Interface public).Url | Should -Match $session.ProjectId
        $null = Get-OSVolume
        $null = Get-OSServer
        Get-OSProject -My | Where-Object Name -eq admin | Switch-OSProject
        (Get-OSSession).ProjectName | Should -Be 'admin'
        [object]::ReferenceEquals((Get-OSSession), $before) | Should -BeTrue
    }

    It 're-authenticates to the switched project after its token is rejected' {
        Switch-OSProject demo
        $s = Get-OSSession
        $count = $s.AuthenticationCount
        $s.RevokeAsync([System.Threading.CancellationToken]::None).GetAwaiter().GetResult()
        $null = Get-OSServer
        $s.AuthenticationCount | Should -BeGreaterThan $count
        $s.ProjectName | Should -Be 'demo'
        Switch-OSProject admin
    }

    It 'a project without a role is PermissionDenied with Keystone''s message, and the session is unchanged' {
        Switch-OSProject $noRole.Id -ErrorAction SilentlyContinue -ErrorVariable denied
        $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $denied[0].Exception.Message | Should -Match 'requires authentication'
        $denied[0].Exception.RequestId | Should -Match '^req-'
        (Get-OSSession).ProjectName | Should -Be 'admin'
        Switch-OSProject "$prefix-norole" -ErrorAction SilentlyContinue -ErrorVariable byName
        $byName[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }

    It '-WhatIf does not switch; an unknown project is ObjectNotFound' {
        Switch-OSProject demo -WhatIf
        (Get-OSSession).ProjectName | Should -Be 'admin'
        Switch-OSProject "$prefix-missing" -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Domains' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll {
        Get-OSDomain -Name "$prefix*" | Remove-OSDomain -Force
        Disconnect-OpenStack
    }

    It 'creates, finds, changes and lists domains' {
        $d = New-OSDomain -Name "$prefix-dom" -Description first
        (Show-Json domain, show, $d.Id).description | Should -Be first
        (Get-OSDomain -Id Default).Id | Should -Be 'default'
        (Get-OSDomain -Name "$prefix*").Id | Should -Be $d.Id
        (Set-OSDomain "$prefix-dom" -Description second -PassThru).Description | Should -Be second
        (Get-OSDomain -Enabled $true).Name | Should -Contain "$prefix-dom"
        Get-OSDomain -Id "$prefix-dom" | Format-Table | Out-String -Width 200 | Should -Match "$prefix-dom\s+[0-9a-f]{32}\s+True\s+second"
        New-OSDomain -Name "$prefix-dom" -ErrorAction SilentlyContinue -ErrorVariable dup
        $dup[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'says clearly that an enabled domain must be disabled; -Force disables then deletes' {
        Remove-OSDomain "$prefix-dom" -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable refused
        $refused[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $refused[0].Exception.Message | Should -Match 'is enabled'
        $refused[0].Exception.Message | Should -Match 'Cannot delete a domain that is enabled'
        $refused[0].Exception.Message | Should -Match 'req-'
        $refused[0].Exception.Message | Should -Match '-Force'
        Remove-OSDomain "$prefix-dom" -Force -WhatIf
        (Get-OSDomain -Id "$prefix-dom").Enabled | Should -BeTrue
        Remove-OSDomain "$prefix-dom" -Force
        Get-OSDomain -Name "$prefix*" | Should -BeNullOrEmpty
    }

    It 'deletes a disabled domain without -Force' {
        New-OSDomain -Name "$prefix-off" -Disabled | Remove-OSDomain -Confirm:$false
        Get-OSDomain -Name "$prefix-off" | Should -BeNullOrEmpty
    }
}

Describe 'Catalog' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll { Disconnect-OpenStack }

    It 'lists regions and services' {
        (Get-OSRegion).Id | Should -Contain 'RegionOne'
        (Get-OSRegion Region*).Id | Should -Contain 'RegionOne'
        (Get-OSService -Type compute).Name | Should -Be 'nova'
        (Get-OSService nova).Type | Should -Be 'compute'
        (Get-OSService -Id (Get-OSService nova).Id).Name | Should -Be 'nova'
    }

    It 'Get-OSEndpoint -All reads /v3/endpoints with service and region resolved' {
        $all = @(Get-OSEndpoint -All)
        $all.Count | Should -BeGreaterOrEqual (@(Get-OSEndpoint).Count)
        $nova = @(Get-OSEndpoint compute -All -Interface public)
        $nova.Count | Should -Be 1
        $nova[0].ServiceName | Should -Be 'nova'
        $nova[0].RegionId | Should -Be 'RegionOne'
        $nova[0].GetType().Name | Should -Be 'RegisteredEndpoint'
        @(Get-OSEndpoint nova -All).Count | Should -Be 3
        (Get-OSEndpoint compute -Interface public)[0].GetType().Name | Should -Be 'CatalogEndpoint'
    }

    It 'a demo user is refused -All with PermissionDenied' {
        $demo = Connect-OpenStack -Cloud testcloud-demo -PassThru
        try {
            Get-OSEndpoint -All -Session $demo -ErrorAction SilentlyContinue -ErrorVariable denied | Should -BeNullOrEmpty
            $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        }
        # Connect-OpenStack made the demo session the current one: back to admin.
        finally { Disconnect-OpenStack -Session $demo; Connect-TestCloud | Out-Null }
    }
}
