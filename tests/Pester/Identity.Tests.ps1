#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Keystone users, groups, members, roles, grants, role assignments and application credentials against the local cloud.
# Everything made here is named pester-idn-<8 hex> and removed in AfterAll; the cloud's own users, projects, roles and
# domains are only read (roles are granted to this file's own users and groups only).

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix idn
    $first = ConvertTo-SecureString ('First-' + [guid]::NewGuid().ToString('N').Substring(0, 12)) -AsPlainText -Force
    $second = ConvertTo-SecureString ('Second-' + [guid]::NewGuid().ToString('N').Substring(0, 12)) -AsPlainText -Force
    $authUrl = Get-TestCloudSetting testcloud-admin auth_url
    # The CLI as the admin, leaving the process's OS_* variables as they were (later files read them).
    function Show-Cli([string[]] $Arguments) {
        $saved = $env:OS_CLIENT_CONFIG_FILE
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        try { & openstack --os-cloud testcloud-admin @Arguments 2>&1 | Out-String }
        finally { $env:OS_CLIENT_CONFIG_FILE = $saved }
    }
}

Describe 'Identity administration' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll {
        Connect-TestCloud
        Get-OSRoleAssignment -Project demo | Where-Object { $_.User -like "$prefix*" -or $_.Group -like "$prefix*" } |
            ForEach-Object { if ($_.User) { Revoke-OSRole -Role $_.RoleId -User $_.UserId -Project demo -Confirm:$false } else { Revoke-OSRole -Role $_.RoleId -Group $_.GroupId -Project demo -Confirm:$false } }
        Get-OSUser -Name "$prefix*" | Remove-OSUser -Force
        Get-OSGroup -Name "$prefix*" | Remove-OSGroup -Force
        Get-OSRole -Name "$prefix*" | Remove-OSRole -Force
        Disconnect-OpenStack
    }

    It 'creates, finds, changes and shows users as openstack user show does' {
        $u = New-OSUser -Name "$prefix-u" -Password $first -Email 'u@example.org' -Description 'made by Pester' -DefaultProject demo
        $u.Name | Should -Be "$prefix-u"
        (Show-Cli user, show, $u.Id, -f, value, -c, email) | Should -Match 'u@example.org'
        (Get-OSUser -Name "$prefix-*").Id | Should -Be $u.Id
        (Get-OSUser -Id "$prefix-u").Email | Should -Be 'u@example.org'
        $changed = Set-OSUser -Id "$prefix-u" -Email 'v@example.org' -Description 'changed' -PassThru -Confirm:$false
        $changed.Email | Should -Be 'v@example.org'
        (Show-Cli user, show, $u.Id, -f, value, -c, description) | Should -Match 'changed'
        New-OSUser -Name "$prefix-u" -Password $first -ErrorAction SilentlyContinue -ErrorVariable dup | Should -BeNullOrEmpty
        $dup[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'makes groups, adds and removes members, and lists both ways' {
        $g = New-OSGroup -Name "$prefix-g" -Description 'night shift'
        $g2 = New-OSGroup -Name "$prefix-g2" -Domain Default
        Set-OSGroup -Id "$prefix-g2" -Description 'renamed' -Confirm:$false
        (Get-OSGroup -Id "$prefix-g2").Description | Should -Be 'renamed'
        (Get-OSGroup -Name "$prefix-g*" | Sort-Object Name).Name | Should -Be @("$prefix-g", "$prefix-g2")
        Add-OSGroupMember -Group $g -User "$prefix-u" -Confirm:$false
        (Get-OSGroupMember -Group "$prefix-g").Name | Should -Be "$prefix-u"
        (Get-OSGroup -User "$prefix-u").Name | Should -Be "$prefix-g"
        (Show-Cli group, contains, user, $g.Id, "$prefix-u") | Should -Not -Match 'not in group'
        Get-OSGroupMember -Group $g | Remove-OSGroupMember -Group $g -Confirm:$false
        @(Get-OSGroupMember -Group $g) | Should -BeNullOrEmpty
        (Show-Cli group, contains, user, $g.Id, "$prefix-u") | Should -Match 'not in group'
        Remove-OSGroupMember -Group $g -User "$prefix-u" -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable gone
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Remove-OSGroup -Id $g2.Id -Force
        @(Get-OSGroup -Name "$prefix-g2") | Should -BeNullOrEmpty
    }

    It 'creates and removes roles' {
        $r = New-OSRole -Name "$prefix-role" -Description 'made by Pester'
        (Get-OSRole -Name "$prefix-role").Id | Should -Be $r.Id
        (Show-Cli role, show, $r.Id, -f, value, -c, name) | Should -Match "$prefix-role"
        $temp = New-OSRole -Name "$prefix-temp"
        Remove-OSRole -Id $temp.Id -Force
        @(Get-OSRole -Name "$prefix-temp") | Should -BeNullOrEmpty
        Get-OSRole -Id $temp.Id -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'grants, lists and revokes roles for a user and a group, as openstack role assignment list sees them' {
        Grant-OSRole -Role "$prefix-role" -User "$prefix-u" -Project demo -Confirm:$false
        Grant-OSRole -Role "$prefix-role" -Group "$prefix-g" -Domain Default -Inherited -Confirm:$false
        $byUser = @(Get-OSRoleAssignment -User "$prefix-u")
        $byUser.Count | Should -Be 1
        $byUser[0].Role | Should -Be "$prefix-role"
        $byUser[0].Project | Should -Be 'demo'
        $byGroup = @(Get-OSRoleAssignment -Group "$prefix-g" -Inherited)
        $byGroup.Count | Should -Be 1
        $byGroup[0].Domain | Should -Be 'Default'
        $byGroup[0].Inherited | Should -BeTrue
        (Show-Cli role, assignment, list, --names, --role, "$prefix-role", -f, value) | Should -Match "$prefix-u@Default"
        Revoke-OSRole -Role "$prefix-role" -User "$prefix-u" -Project demo -Confirm:$false
        Revoke-OSRole -Role "$prefix-role" -Group "$prefix-g" -Domain Default -Inherited -Confirm:$false
        @(Get-OSRoleAssignment -Role "$prefix-role") | Should -BeNullOrEmpty
        Revoke-OSRole -Role "$prefix-role" -User "$prefix-u" -Project demo -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable none
        $none[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'lets a user change their own password and make, use and remove an application credential' {
        Grant-OSRole -Role member -User "$prefix-u" -Project demo -Confirm:$false
        Connect-OpenStack -AuthUrl $authUrl -Credential ([pscredential]::new("$prefix-u", $first)) -Project demo -UserDomain Default -ProjectDomain Default
        Set-OSUserPassword -OldPassword $first -NewPassword $second -Confirm:$false
        @(Get-OSNetwork).Count | Should -BeGreaterThan 0
        { Connect-OpenStack -AuthUrl $authUrl -Credential ([pscredential]::new("$prefix-u", $first)) -Project demo -UserDomain Default -ProjectDomain Default -ErrorAction Stop } | Should -Throw
        Connect-OpenStack -AuthUrl $authUrl -Credential ([pscredential]::new("$prefix-u", $second)) -Project demo -UserDomain Default -ProjectDomain Default

        $c = New-OSApplicationCredential -Name "$prefix-ac" -Role member -Description 'made by Pester'
        $c.Secret | Should -BeOfType [securestring]
        (Get-OSApplicationCredential -Name "$prefix-ac").Id | Should -Be $c.Id
        $s = Connect-OpenStack -AuthUrl $authUrl -ApplicationCredential $c.Credential -PassThru
        @(Get-OSNetwork -Session $s).Count | Should -BeGreaterThan 0
        Connect-OpenStack -AuthUrl $authUrl -Credential ([pscredential]::new("$prefix-u", $second)) -Project demo -UserDomain Default -ProjectDomain Default
        Remove-OSApplicationCredential -Id $c.Id -Force
        @(Get-OSApplicationCredential -Name "$prefix-ac") | Should -BeNullOrEmpty
        Connect-TestCloud
        Revoke-OSRole -Role member -User "$prefix-u" -Project demo -Confirm:$false
    }

    It 'removes users' {
        Get-OSUser -Name "$prefix-u" | Remove-OSUser -Force
        @(Get-OSUser -Name "$prefix-u") | Should -BeNullOrEmpty
        (Show-Cli user, list, -f, value, -c, Name) | Should -Not -Match "$prefix-u"
    }
}
