#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Quotas, limits, usage and availability zones against the local cloud, as the admin on a project made for this file
# (never admin's or demo's quotas), and as demo where a member's view differs.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix quota
}

Describe 'Quotas' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $project = New-OSProject -Name $prefix
    }
    AfterAll {
        Set-OSQuota -Project $prefix -Default -Confirm:$false -ErrorAction SilentlyContinue
        Remove-OSProject $prefix -Force -ErrorAction SilentlyContinue
        Disconnect-OpenStack
    }

    It 'shows a project''s quotas as rows by default, one line per project under Format-Table, a limit as a property' {
        $quota = $project | Get-OSQuota -Usage
        $quota.ProjectName | Should -Be $prefix
        $quota.Instances | Should -BeOfType [long]
        ($quota.Items | Where-Object Resource -eq instances).InUse | Should -Be 0
        @($quota.Items.Service | Select-Object -Unique) | Should -Be @('compute', 'block-storage', 'network')
        $text = $quota | Out-String -Width 120
        $text | Should -Match "Project: $prefix \($($project.Id)\)"
        $text | Should -Match 'Service\s+Resource\s+Limit\s+InUse\s+Reserved'
        $text | Should -Match "compute\s+instances\s+$($quota.Instances)\s+0\s+0"
        $text | Should -Match 'volume\s+gigabytes\s+'
        $table = $quota | Format-Table | Out-String -Width 120
        $table | Should -Match 'Project\s+Instances\s+Cores\s+Ram'
        $table | Should -Match "$prefix\s+$($quota.Instances)\s+$($quota.Cores)\s+$($quota.Ram)"
    }

    It 'sets quotas in each service, shows old -> new under -WhatIf, and resets them with -Default' {
        $defaults = Get-OSQuota -Default
        $after = Set-OSQuota -Project $prefix -Instances 3 -Volumes 4 -Routers 2 -Quota @{ rbac_policy = 5 } -Confirm:$false -PassThru
        "$($after.Instances)/$($after.Volumes)/$($after.Routers)/$($after.RbacPolicies)" | Should -Be '3/4/2/5'
        Set-OSQuota -Project $prefix -Instances 6 -WhatIf
        (Get-OSQuota -Project $prefix).Instances | Should -Be 3
        $reset = Set-OSQuota -Project $prefix -Default -Confirm:$false -PassThru
        "$($reset.Instances)/$($reset.Volumes)/$($reset.Routers)" | Should -Be "$($defaults.Instances)/$($defaults.Volumes)/$($defaults.Routers)"
        # Again, with nothing of its own left: Neutron says 404 TenantQuotaNotFound, which is no error here.
        Set-OSQuota -Project $prefix -Default -Confirm:$false -ErrorAction Stop
    }

    It 'refuses a value below -1 and an unknown key before any change' {
        { Set-OSQuota -Project $prefix -Instances -2 -Confirm:$false } | Should -Throw '*-2*'
        { Set-OSQuota -Project $prefix -Quota @{ nothing_like_it = 1 } -Confirm:$false -ErrorAction Stop } | Should -Throw "*nothing_like_it*"
        { Set-OSQuota -Project $prefix -Quota @{ instances = 'many' } -Confirm:$false } | Should -Throw '*whole number*'
    }

    It 'leaves out a service the catalog lacks, with a warning' {
        $nowhere = Connect-OpenStack -Cloud testcloud-demo -Region Nowhere -PassThru
        try {
            $quota = Get-OSQuota -Session $nowhere -WarningVariable warned -WarningAction SilentlyContinue
            $quota.Items.Count | Should -Be 0
            $warned.Count | Should -Be 3
            "$($warned[0])" | Should -Match "quotas of compute are left out: No 'compute' endpoint"
            @(Get-OSLimit -Session $nowhere -WarningVariable w2 -WarningAction SilentlyContinue).Count | Should -Be 0
            $w2.Count | Should -Be 2
        }
        finally { Disconnect-OpenStack -Session $nowhere; Connect-TestCloud }
    }
}

Describe 'Limits, usage and availability zones' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud testcloud-demo }
    AfterAll { Disconnect-OpenStack }

    It 'shows the absolute limits of Nova and Cinder as openstack limits show --absolute does' {
        $limits = Get-OSLimit
        $limits.Name | Should -Contain 'maxTotalInstances'
        $limits.Name | Should -Contain 'totalGigabytesUsed'
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        $cli = openstack --os-cloud testcloud-demo limits show --absolute -f json | ConvertFrom-Json
        ($cli | Where-Object Name -eq maxTotalInstances).Value | Should -Be ($limits | Where-Object Name -eq maxTotalInstances).Value
        ($cli | Where-Object Name -eq maxTotalVolumeGigabytes).Value | Should -Be ($limits | Where-Object Name -eq maxTotalVolumeGigabytes).Value
        $limits | Format-Table | Out-String | Should -Match 'compute\s+maxTotalInstances\s+\d+'
    }

    It 'shows a member''s own usage, with the servers behind it' {
        $server = New-OSServer -Name "$prefix-u" -Image testcloud-image -Flavor m1.nano -Network private -Wait
        try {
            # Nova counts a server from the whole second after its launch (it cuts the period's end to seconds).
            Start-Sleep -Milliseconds 1100
            $usage = Get-OSUsage -Start (Get-Date).AddMinutes(-5)
            $usage.ProjectName | Should -Be 'demo'
            $usage.ServerHours | Should -BeGreaterThan 0
            (Get-OSUsage -Start (Get-Date).AddMinutes(-5) -Detailed).Id | Should -Contain $server.Id
            $usage | Format-Table | Out-String -Width 120 | Should -Match 'demo\s+\d+\s+[\d.,]+'
            { Get-OSUsage -Start (Get-Date) -End (Get-Date).AddDays(-1) } | Should -Throw '*must come after*'
        }
        finally { $server | Remove-OSServer -Force -Wait }
    }

    It 'lists the zones of each service; hosts only for an administrator' {
        $zones = @(Get-OSAvailabilityZone)
        ($zones | Where-Object Service -eq compute).Name | Should -Contain 'nova'
        ($zones | Where-Object Service -eq volume).Name | Should -Contain 'nova'
        @($zones | Where-Object { $_.Service -eq 'compute' -and $null -ne $_.Hosts }).Count | Should -Be 0
        @(Get-OSAvailabilityZone -Service network).Count | Should -Be 0 -Because 'the local cloud runs no Neutron agents'
        $admin = Connect-OpenStack -Cloud testcloud-admin -PassThru
        try {
            $nova = Get-OSAvailabilityZone compute -Session $admin | Where-Object Name -eq nova
            $nova.Hosts.ServiceName | Should -Contain 'nova-compute'
            $nova.State | Should -Be 'available'
            $nova | Format-Table | Out-String -Width 120 | Should -Match 'compute\s+nova\s+available'
        }
        finally { Disconnect-OpenStack -Session $admin; Connect-TestCloud testcloud-demo }
    }
}
