#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Nova administration against the local cloud's two compute hosts: hypervisors, compute services, host aggregates,
# migrations and evacuation, cross-checked with the openstack CLI. Everything made here is named pester-cadm-<8 hex>
# and removed in AfterAll; services disabled or forced down here are enabled again even when a test fails.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix cadm
    # The CLI as the admin; the process's OS_* variables are left as they were (later files read them: a
    # Connect-OpenStack without parameters takes OS_CLOUD).
    function Show-Json([string[]] $Arguments) {
        $saved = $env:OS_CLIENT_CONFIG_FILE
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        try { & openstack --os-cloud testcloud-admin @Arguments -f json | ConvertFrom-Json }
        finally { $env:OS_CLIENT_CONFIG_FILE = $saved }
    }
    # The two hosts migrations need; fewer is a cloud that cannot run these tests.
    function Get-TwoHosts {
        $up = @(Get-OSComputeService -Binary nova-compute | Where-Object { $_.State -eq 'up' -and $_.Status -eq 'enabled' } | Sort-Object Host)
        if ($up.Count -lt 2) { throw "These tests need two compute hosts that are up and enabled; the cloud has: $($up.Host -join ', ')" }
        $up[0].Host, $up[1].Host
    }
}

Describe 'Compute administration' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $hostA, $hostB = Get-TwoHosts
        $net = New-OSNetwork -Name "$prefix-net"
        $null = New-OSSubnet -Network $net.Id -Name "$prefix-sub" -Cidr 10.78.0.0/24
        function New-TestServer([string] $Name, [string] $Zone) {
            $zoneArgument = if ($Zone) { @{ AvailabilityZone = $Zone } } else { @{} }
            New-OSServer -Name "$prefix-$Name" -Image testcloud-image -Flavor m1.nano -Network $net.Id -Wait @zoneArgument
        }
    }
    AfterAll {
        foreach ($h in $hostA, $hostB) {
            if ((Get-OSComputeService -Host $h -Binary nova-compute).Status -eq 'disabled') { Enable-OSComputeService -Host $h }
        }
        foreach ($aggregate in @(Get-OSAggregate -Name "$prefix*")) {
            if ($aggregate.Hosts) { Remove-OSAggregateHost -Aggregate $aggregate.Id -Host $aggregate.Hosts -Confirm:$false }
            Remove-OSAggregate -Id $aggregate.Id -Force
        }
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait
        Get-OSNetwork -Name "$prefix*" | Remove-OSNetwork -Force
        Disconnect-OpenStack
    }

    It 'lists the hypervisors with state, capacity and servers as openstack hypervisor list does' {
        $server = New-TestServer hv
        $hypervisors = @(Get-OSHypervisor)
        $shown = Show-Json hypervisor, list
        @($hypervisors.Name | Sort-Object) | Should -Be @($shown.'Hypervisor Hostname' | Sort-Object)
        foreach ($h in $hypervisors) {
            $h.State | Should -Be ($shown | Where-Object 'Hypervisor Hostname' -eq $h.Name).State
            $h.Vcpus | Should -BeGreaterThan 0
            $h.MemoryMb | Should -BeGreaterThan 0
            $h.VcpusUsed | Should -BeGreaterOrEqual 0
            $h.ServerCount | Should -Be @($h.Servers).Count
        }
        $mine = Get-OSHypervisor -Name $server.Host
        $mine.Servers.Id | Should -Contain $server.Id
        $mine.VcpusUsed | Should -BeGreaterOrEqual 1
        (Get-OSHypervisor -Id $mine.Id).Name | Should -Be $server.Host
        (Get-OSHypervisor $server.Host -Servers).Id | Should -Contain $server.Id
        $text = Get-OSHypervisor | Format-Table | Out-String -Width 200
        $text | Should -Match 'vCPUs'
        $text | Should -Match ([regex]::Escape($server.Host))
    }

    It "lists one project's servers and volumes, and one user's servers, as the admin" {
        $server = Get-OSServer -Name "$prefix-hv"
        $volume = New-OSVolume -Name "$prefix-vol" -Size 1 -Wait
        try {
            (Get-OSServer -Project admin).Id | Should -Contain $server.Id
            (Get-OSServer -Project admin -User admin).Id | Should -Contain $server.Id
            (Get-OSServer -Project demo).Id | Should -Not -Contain $server.Id
            @(Get-OSServer -Project demo | Where-Object ProjectId -ne (Get-OSProject -Id demo).Id) | Should -BeNullOrEmpty
            (Get-OSServer -AllProjects -User demo).Id | Should -Not -Contain $server.Id
            (Get-OSVolume -Project admin).Id | Should -Contain $volume.Id
            (Get-OSVolume -Project demo).Id | Should -Not -Contain $volume.Id
            Get-OSServer -Project "$prefix-none" -ErrorAction SilentlyContinue -ErrorVariable e
            $e[0].CategoryInfo.Category | Should -Be ObjectNotFound
        }
        finally { Remove-OSVolume -Id $volume.Id -Force -Wait }
    }

    It "lists Cinder's services and Neutron's agents as the CLI does" {
        $services = @(Get-OSVolumeService)
        $shown = @(Show-Json volume, service, list)
        $services.Count | Should -Be $shown.Count
        foreach ($s in $shown) {
            $mine = $services | Where-Object { $_.Binary -eq $s.Binary -and $_.Host -eq $s.Host }
            $mine.State | Should -Be $s.State
            $mine.Status | Should -Be $s.Status
        }
        (Get-OSVolumeService -Binary cinder-volume).Host | Should -BeLike '*@*'
        @(Get-OSVolumeService -Host 'no-such-host*') | Should -BeNullOrEmpty
        # This cloud's ML2 driver needs no agent: Neutron lists none, and so does the cmdlet.
        @(Get-OSNetworkAgent).Count | Should -Be @(Show-Json network, agent, list).Count
    }

    It 'disables a compute host with a reason, so the scheduler avoids it, and enables it again' {
        $disabled = Disable-OSComputeService -Host $hostB -Reason "$prefix maintenance" -PassThru -Confirm:$false
        $disabled.Status | Should -Be disabled
        $shown = Show-Json compute, service, list, --service, nova-compute, --long
        ($shown | Where-Object Host -eq $hostB).Status | Should -Be disabled
        ($shown | Where-Object Host -eq $hostB).'Disabled Reason' | Should -Be "$prefix maintenance"
        foreach ($i in 1..2) { (New-TestServer "avoid$i").Host | Should -Be $hostA }
        (Get-OSComputeService -Host $hostB -Binary nova-compute | Enable-OSComputeService -PassThru).Status | Should -Be enabled
        (Show-Json compute, service, list, --service, nova-compute | Where-Object Host -eq $hostB).Status | Should -Be enabled
    }

    It 'says which hosts exist when a host has no compute service' {
        Disable-OSComputeService -Host "$prefix-nohost" -ErrorAction SilentlyContinue -ErrorVariable e
        $e.Count | Should -Be 1
        $e[0].CategoryInfo.Category | Should -Be ObjectNotFound
        $e[0].Exception.Message | Should -Match ([regex]::Escape($hostA))
    }

    It 'makes an aggregate as an availability zone that New-OSServer boots into, changes and removes it' {
        $zone = "$prefix-az"
        $aggregate = New-OSAggregate -Name "$prefix-agg" -AvailabilityZone $zone -Metadata @{ ssd = 'true' }
        $aggregate.Properties['ssd'] | Should -Be 'true'
        $aggregate | Add-OSAggregateHost -Host $hostB
        $shown = Show-Json aggregate, show, $aggregate.Id
        $shown.hosts | Should -Be @($hostB)
        $shown.availability_zone | Should -Be $zone
        $shown.properties.ssd | Should -Be 'true'
        (New-TestServer az $zone).Host | Should -Be $hostB
        $changed = Set-OSAggregate -Id "$prefix-agg" -Name "$prefix-agg2" -Metadata @{ gpu = 'yes' } -RemoveMetadata ssd -PassThru
        $changed.Name | Should -Be "$prefix-agg2"
        $changed.Properties.Keys | Should -Be @('gpu')
        (Get-OSAggregate -Name "$prefix*").Id | Should -Be $aggregate.Id
        Get-OSAggregate | Format-Table | Out-String -Width 200 | Should -Match "gpu=yes"
        # Nova keeps an aggregate that has hosts.
        Remove-OSAggregate -Id "$prefix-agg2" -Force -ErrorAction SilentlyContinue -ErrorVariable e
        $e[0].Exception.Message | Should -Match 'HTTP 400'
        (Get-OSHypervisor -Name $hostB | Remove-OSAggregateHost -Aggregate "$prefix-agg2" -PassThru).Hosts | Should -BeNullOrEmpty
        Remove-OSAggregate -Id "$prefix-agg2" -Force
        Get-OSAggregate -Name "$prefix*" | Should -BeNullOrEmpty
    }

    It 'live-migrates and cold-migrates a server, confirming it, and lists the migrations as the CLI does' {
        $server = New-TestServer mig
        $first = $server.Host
        $live = Move-OSServer $server.Id -Live -Wait -PassThru
        $live.Status | Should -Be ACTIVE
        $live.Host | Should -Not -Be $first
        $cold = $live | Move-OSServer -Destination $first -AutoConfirm -Wait -PassThru
        $cold.Status | Should -Be ACTIVE
        $cold.Host | Should -Be $first
        $migrations = @(Get-OSServerMigration -Server $server.Id)
        $migrations.MigrationType | Should -Be @('migration', 'live-migration')
        $migrations.Status | Should -Be @('confirmed', 'completed')
        $migrations[1].SourceHost | Should -Be $first
        # The CLI shows migration ids from compute API 2.59 on.
        $shown = Show-Json --os-compute-api-version, '2.80', server, migration, list, --server, $server.Id
        @($shown.Id | Sort-Object) | Should -Be @($migrations.Id | Sort-Object)
        @($shown.UUID | Sort-Object) | Should -Be @($migrations.Uuid | Sort-Object)
        @(Get-OSServerMigration -MigrationType live-migration -Host $first | Where-Object ServerId -eq $server.Id).Count | Should -Be 1
        $server | Get-OSServerMigration -Status confirmed | Should -HaveCount 1
    }

    It "shows Nova's refusal of a host that does not exist, with the request id" {
        $server = Get-OSServer -Name "$prefix-mig"
        Move-OSServer $server.Id -Live -Destination "$prefix-nohost" -Wait -ErrorAction SilentlyContinue -ErrorVariable e
        $e.Count | Should -Be 1
        $e[0].Exception.Message | Should -Match "Compute host $prefix-nohost could not be found"
        $e[0].Exception.Message | Should -Match 'HTTP 400'
        $e[0].Exception.Message | Should -Match 'request req-'
        (Get-OSServer -Id $server.Id).Status | Should -Be ACTIVE
        Move-OSServer $server.Id -Live -WhatIf
        @(Get-OSServerMigration -Server $server.Id).Count | Should -Be 2
    }

    It 'evacuates the servers of a host forced down, and forces it up once its compute service restarted' {
        $restart = [System.IO.Path]::Combine($RepositoryRoot, 'tests', 'cloud', 'restart.sh')
        $pidFile = [System.IO.Path]::Combine($TestCloudDir, 'run', 'nova-compute2.pid')
        if (-not (Test-Path $pidFile)) {
            if ($InCI) { throw "The local cloud's second compute host is not running here ($pidFile)" }
            Set-ItResult -Skipped -Because "the cloud's nova-compute2 is not run by this machine's tests/cloud"
            return
        }
        $victim = (Get-OSComputeService -Binary nova-compute | Where-Object Host -ne 'testcloud' | Select-Object -First 1).Host
        $server = New-TestServer evac "nova:$victim"
        $server.Host | Should -Be $victim
        try {
            (Set-OSComputeService -Host $victim -ForcedDown $true -Confirm:$false -PassThru).ForcedDown | Should -BeTrue
            $moved = Get-OSServer -Id $server.Id | Move-OSServer -Evacuate -Wait -PassThru -Confirm:$false
            $moved.Status | Should -Be ACTIVE
            $moved.Host | Should -Not -Be $victim
            (Get-OSServerMigration -Server $server.Id -MigrationType evacuation).Status | Should -Be done
            # Nova keeps the host down until its nova-compute restarts and cleans up the evacuated servers.
            Set-OSComputeService -Host $victim -ForcedDown $false -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable e
            $e[0].Exception.Message | Should -Match 'evacuation migration records remain'
        }
        finally {
            & bash $restart nova-compute2 *> $null
            Set-OSComputeService -Host $victim -ForcedDown $false -Confirm:$false
        }
        # The restarted nova-compute reports itself up with its first heartbeat, seconds after it started.
        $deadline = (Get-Date).AddSeconds(120)
        while ((Get-OSComputeService -Binary nova-compute | Where-Object Host -eq $victim).State -ne 'up' -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 2 }
        (Show-Json compute, service, list, --service, nova-compute | Where-Object Host -eq $victim).State | Should -Be up
    }
}
