#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Octavia against the local cloud (amphora provider on no-op drivers: every change goes through PENDING_* to ACTIVE in
# the real API and database). One whole tree on a subnet of the test's own network: a load balancer, an HTTP listener,
# a ROUND_ROBIN pool, three servers added from the pipeline in ONE batch member update, an HTTP health monitor; then
# changed, its status tree and counters read, a change sent while a load balancer is PENDING_CREATE (Octavia's 409,
# seen in -Verbose, and sent again without an error), Octavia's own message for a bad member address as an ErrorRecord,
# some objects removed one by one and the rest with -Cascade. Then L7 routing on a load balancer of its own: policies
# of each action, rules, positions, checks before sending and Octavia's own refusal, compared with the openstack CLI.
# Everything is named pester-lb-*.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix lb
}

Describe 'Load balancers' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud testcloud-demo
        $net = New-OSNetwork -Name "$prefix-net" -ErrorAction Stop
        $subnet = $net | New-OSSubnet -Name "$prefix-sub" -Cidr "10.$(Get-Random -Minimum 100 -Maximum 250).$(Get-Random -Maximum 250).0/24" -ErrorAction Stop
        $servers = 1..3 | ForEach-Object { New-OSServer -Name "$prefix-vm$_" -Image testcloud-image -Flavor m1.nano -Network $net.Id -ErrorAction Stop }
        $servers = $servers | Wait-OSServer -PassThru -TimeoutSec 180 -ErrorAction Stop
    }
    AfterAll {
        Get-OSLoadBalancer -Name "$prefix*" | Remove-OSLoadBalancer -Cascade -Force -ErrorAction SilentlyContinue
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait -TimeoutSec 120
        Get-OSNetwork -Name "$prefix*" | Remove-OSNetwork -Force
        Disconnect-OpenStack
    }

    It 'builds a whole tree, adds three servers in one batch, changes it, reads its status and removes it with -Cascade' {
        $lb = $subnet | New-OSLoadBalancer "$prefix-lb" -Tag pester
        $lb.ProvisioningStatus | Should -Be 'ACTIVE'
        $lb.VipSubnetId | Should -Be $subnet.Id
        $listener = $lb | New-OSLoadBalancerListener -Name "$prefix-http" -Protocol HTTP -ProtocolPort 80 -ConnectionLimit 100 -AllowedCidr 10.0.0.0/8
        $listener.ProvisioningStatus | Should -Be 'ACTIVE'
        $listener.LoadBalancerId | Should -Be $lb.Id
        $pool = $listener | New-OSLoadBalancerPool "$prefix-pool" -Protocol HTTP -Algorithm ROUND_ROBIN
        $pool.Algorithm | Should -Be 'ROUND_ROBIN'
        (Get-OSLoadBalancerListener -LoadBalancer $lb | Where-Object Name -eq "$prefix-http").DefaultPoolId | Should -Be $pool.Id

        # Three servers from the pipeline: one PUT of the pool's member list, no member created one by one.
        $out = $servers | Add-OSLoadBalancerMember -Pool $pool -ProtocolPort 8080 -Verbose 4>&1
        $trace = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $members = @($out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        @($trace | Where-Object { $_ -match "^HTTP PUT \S+/lbaas/pools/$($pool.Id)/members" }).Count | Should -Be 1
        @($trace | Where-Object { $_ -match '^HTTP POST \S+/members' }).Count | Should -Be 0
        $members.Count | Should -Be 3
        ($members.Name | Sort-Object) | Should -Be @($servers.Name | Sort-Object)
        foreach ($server in $servers) {
            $address = (Get-OSPort -DeviceId $server.Id).FixedIps | Where-Object SubnetId -eq $subnet.Id | ForEach-Object IpAddress
            ($members | Where-Object Name -eq $server.Name).Address | Should -Be $address
        }
        ($pool | Get-OSLoadBalancerMember).Count | Should -Be 3

        $monitor = $pool | New-OSLoadBalancerHealthMonitor -Name "$prefix-hm" -Type HTTP -UrlPath /health -ExpectedCodes 200-204 -Delay 5 -Timeout 3
        $monitor.ProvisioningStatus | Should -Be 'ACTIVE'
        (Get-OSLoadBalancerHealthMonitor -Pool $pool).Id | Should -Be $monitor.Id

        # Changed: each written once its load balancer is ACTIVE again.
        (Set-OSLoadBalancerPool "$prefix-pool" -LoadBalancer $lb.Id -Algorithm LEAST_CONNECTIONS -PassThru).Algorithm | Should -Be 'LEAST_CONNECTIONS'
        (Set-OSLoadBalancerListener "$prefix-http" -LoadBalancer $lb.Id -ConnectionLimit 200 -PassThru).ConnectionLimit | Should -Be 200
        $drained = Get-OSLoadBalancerMember -Pool $pool -Name "$prefix-vm1" | Set-OSLoadBalancerMember -Weight 0 -PassThru
        $drained.Weight | Should -Be 0
        (Set-OSLoadBalancerHealthMonitor $monitor.Id -Delay 10 -PassThru).Delay | Should -Be 10
        (Get-OSLoadBalancer -Id $lb.Id).ProvisioningStatus | Should -Be 'ACTIVE'

        # The status tree, one object per node, and nested.
        $nodes = Get-OSLoadBalancerStatus $lb
        ($nodes | Group-Object Kind -NoElement | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ',' |
            Should -Be 'health monitor=1,listener=1,load balancer=1,member=3,pool=1'
        ($nodes | Where-Object Kind -eq 'member').Path | Should -Contain "$prefix-lb/$prefix-http/$prefix-pool/$prefix-vm2"
        ($nodes | Where-Object Kind -eq 'load balancer').ProvisioningStatus | Should -Be 'ACTIVE'
        $tree = Get-OSLoadBalancerStatus $lb.Id -Tree
        $tree.Listeners[0].Pools[0].Members.Count | Should -Be 3
        (Get-OSLoadBalancerStatistics $lb).LoadBalancerId | Should -Be $lb.Id

        # A change sent while the load balancer is busy with another (Octavia's 409 "immutable") is waited out and sent
        # again, without an error. A load balancer just asked for is busy for seconds (PENDING_CREATE), where an update
        # on the no-op drivers may be over before the next request arrives: the runbook's own case, create then add.
        Set-OSLoadBalancer $lb.Id -Description 'busy 1' -NoWait
        $busy = $subnet | New-OSLoadBalancer "$prefix-busy" -NoWait
        $busy.ProvisioningStatus | Should -Be 'PENDING_CREATE'
        $out = $busy | New-OSLoadBalancerListener -Name "$prefix-early" -Protocol HTTP -ProtocolPort 80 -Verbose -ErrorVariable busyErrors 4>&1
        $busyErrors | Should -BeNullOrEmpty
        $early = $out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        $early.Name | Should -Be "$prefix-early"
        $early.ProvisioningStatus | Should -Be 'ACTIVE'
        $out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'busy with another change \(HTTP 409.*immutable' } |
            Should -Not -BeNullOrEmpty -Because 'the listener was sent while its load balancer was PENDING_CREATE'
        (Get-OSLoadBalancer -Id $lb.Id).Description | Should -Be 'busy 1'
        Remove-OSLoadBalancer $busy.Id -Cascade -Force

        # Octavia's own message for bad input, as an ErrorRecord with its category and request id; nothing was added.
        New-OSLoadBalancerMember -Pool $pool -Address not-an-address -ProtocolPort 80 -ErrorAction SilentlyContinue -ErrorVariable bad | Should -BeNullOrEmpty
        $bad.Count | Should -Be 1
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].Exception.StatusCode | Should -Be 'BadRequest'
        $bad[0].Exception.ServiceMessage | Should -Match 'address'
        $bad[0].Exception.RequestId | Should -Match '^req-'
        ($pool | Get-OSLoadBalancerMember).Count | Should -Be 3

        # One by one: a member and the health monitor of the pool, a spare listener and pool; the rest goes with -Cascade.
        Get-OSLoadBalancerMember -Pool $pool -Name "$prefix-vm3" | Remove-OSLoadBalancerMember -Force
        ($pool | Get-OSLoadBalancerMember).Name | Should -Not -Contain "$prefix-vm3"
        Remove-OSLoadBalancerHealthMonitor $monitor.Id -Force
        Get-OSLoadBalancerHealthMonitor -Pool $pool | Should -BeNullOrEmpty
        $null = $lb | New-OSLoadBalancerListener -Name "$prefix-spare" -Protocol TCP -ProtocolPort 81
        $null = New-OSLoadBalancerPool "$prefix-spare" -LoadBalancer $lb -Protocol TCP
        Remove-OSLoadBalancerPool "$prefix-spare" -LoadBalancer $lb.Id -Force
        Remove-OSLoadBalancerListener "$prefix-spare" -LoadBalancer $lb.Id -Force
        (Get-OSLoadBalancerPool -LoadBalancer $lb).Name | Should -Be "$prefix-pool"
        (Get-OSLoadBalancerListener -LoadBalancer $lb).Name | Should -Be "$prefix-http"

        Remove-OSLoadBalancer $lb.Id -Cascade -Force
        Get-OSLoadBalancer -Id $lb.Id -ErrorAction SilentlyContinue -ErrorVariable gone | Should -BeNullOrEmpty
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-OSLoadBalancerPool -Id $pool.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'routes by L7 policies and rules: actions, positions, what the CLI shows, checks and Octavia''s refusal' {
        $lb = $subnet | New-OSLoadBalancer "$prefix-l7"
        $listener = $lb | New-OSLoadBalancerListener -Name "$prefix-l7http" -Protocol HTTP -ProtocolPort 80
        $api = New-OSLoadBalancerPool "$prefix-api" -LoadBalancer $lb -Protocol HTTP

        # A pool named in the listener's load balancer; rules from the pipeline of the policy.
        $toApi = $listener | New-OSLoadBalancerL7Policy -Action REDIRECT_TO_POOL -RedirectPool "$prefix-api" -Name "$prefix-to-api"
        $toApi.ProvisioningStatus | Should -Be 'ACTIVE'
        $toApi.RedirectPoolId | Should -Be $api.Id
        $toApi.Position | Should -Be 1
        $path = $toApi | New-OSLoadBalancerL7Rule -Type PATH -CompareType STARTS_WITH -Value /api
        $path.PolicyId | Should -Be $toApi.Id
        $header = New-OSLoadBalancerL7Rule $toApi.Id -Type HEADER -Key X-Env -CompareType EQUAL_TO -Value blue -Invert
        "$header" | Should -Be 'NOT HEADER X-Env EQUAL_TO blue'

        # A new policy at position 1 moves the other down; the listing and the CLI agree.
        $reject = New-OSLoadBalancerL7Policy $listener.Id -Action REJECT -Name "$prefix-reject" -Position 1
        $reject.Position | Should -Be 1
        (Get-OSLoadBalancerL7Policy -Listener $listener | Sort-Object Position).Name | Should -Be @("$prefix-reject", "$prefix-to-api")
        $saved = $env:OS_CLIENT_CONFIG_FILE
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        $cli = openstack --os-cloud testcloud-demo loadbalancer l7policy show $toApi.Id -f json | ConvertFrom-Json
        $cli.position | Should -Be 2
        $cli.action | Should -Be 'REDIRECT_TO_POOL'
        $cli.redirect_pool_id | Should -Be $api.Id
        $cliRules = openstack --os-cloud testcloud-demo loadbalancer l7rule list $toApi.Id -f json | ConvertFrom-Json
        $env:OS_CLIENT_CONFIG_FILE = $saved
        ($cliRules.id | Sort-Object) | Should -Be @(($toApi | Get-OSLoadBalancerL7Rule).Id | Sort-Object)
        (Get-OSLoadBalancerL7Rule -Policy "$prefix-to-api" -Type HEADER).Id | Should -Be $header.Id

        # Changed: rules piped back bring their policy; a policy moved and given another action.
        (Get-OSLoadBalancerL7Rule -Policy $toApi -Type HEADER | Set-OSLoadBalancerL7Rule -Value green -PassThru).Value | Should -Be 'green'
        (Set-OSLoadBalancerL7Policy "$prefix-to-api" -Position 1 -PassThru).Position | Should -Be 1
        $moved = Set-OSLoadBalancerL7Policy $reject.Id -Action REDIRECT_TO_URL -RedirectUrl https://www.example.com/closed -RedirectHttpCode 307 -PassThru
        $moved.Action | Should -Be 'REDIRECT_TO_URL'
        $moved.RedirectUrl | Should -Be 'https://www.example.com/closed'
        $moved.Position | Should -Be 2

        # Checked before anything is sent: an action without its target, a header rule without a key.
        New-OSLoadBalancerL7Policy $listener.Id -Action REDIRECT_TO_URL -ErrorAction SilentlyContinue -ErrorVariable noUrl | Should -BeNullOrEmpty
        $noUrl[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $noUrl[0].Exception.Message | Should -Match 'REDIRECT_TO_URL needs a URL'
        New-OSLoadBalancerL7Rule $toApi.Id -Type COOKIE -CompareType EQUAL_TO -Value x -ErrorAction SilentlyContinue -ErrorVariable noKey | Should -BeNullOrEmpty
        $noKey[0].Exception.Message | Should -Match 'COOKIE rule needs a key'
        # Octavia's own refusal, as an ErrorRecord with its message and request id: a regular expression that does not compile.
        New-OSLoadBalancerL7Rule $toApi.Id -Type PATH -CompareType REGEX -Value '([a-z' -ErrorAction SilentlyContinue -ErrorVariable badRegex | Should -BeNullOrEmpty
        $badRegex.Count | Should -Be 1
        $badRegex[0].Exception.StatusCode | Should -Be 'BadRequest'
        $badRegex[0].Exception.RequestId | Should -Match '^req-'
        @(Get-OSLoadBalancerL7Policy -Listener $listener).Count | Should -Be 2
        @($toApi | Get-OSLoadBalancerL7Rule).Count | Should -Be 2

        # Removed: a rule from the pipeline, a policy with its rules; the load balancer is ACTIVE after each.
        Get-OSLoadBalancerL7Rule -Policy $toApi -Type HEADER | Remove-OSLoadBalancerL7Rule -Force
        (Get-OSLoadBalancerL7Rule -Policy $toApi).Id | Should -Be $path.Id
        Remove-OSLoadBalancerL7Policy "$prefix-to-api" -Force
        (Get-OSLoadBalancerL7Policy -Listener $listener).Name | Should -Be "$prefix-reject"
        (Get-OSLoadBalancer -Id $lb.Id).ProvisioningStatus | Should -Be 'ACTIVE'
        Remove-OSLoadBalancer $lb.Id -Cascade -Force
        Get-OSLoadBalancerL7Policy -Id $reject.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}
