#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Neutron against the local cloud (ML2 without agents: records, no packets): a network of this file's own with its
# subnet, router and ports, a server on it that gets a floating IP, and security groups with their rules.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix neutron
    $octet = Get-Random -Minimum 100 -Maximum 250
    $cidr = "10.$octet.7.0/24"
}

Describe 'Networks, subnets, routers, ports and floating IPs' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $network = New-OSNetwork -Name "$prefix-net" -Description 'app tier'
        $subnet = $network | New-OSSubnet -Name "$prefix-sub" -Cidr $cidr -DnsNameserver 8.8.8.8
        $router = New-OSRouter -Name "$prefix-router" -ExternalGateway public
    }
    AfterAll {
        Get-OSFloatingIP | Where-Object Description -eq $prefix | Remove-OSFloatingIP -Force
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait -TimeoutSec 120
        foreach ($r in Get-OSRouter -Name "$prefix*") {
            Get-OSPort -DeviceId $r.Id -DeviceOwner network:router_interface | ForEach-Object { Remove-OSRouterInterface -Router $r.Id -Port $_.Id -Confirm:$false }
        }
        Get-OSRouter -Name "$prefix*" | Remove-OSRouter -Force
        Get-OSPort -Name "$prefix*" | Remove-OSPort -Force
        Get-OSNetwork -Name "$prefix*" | Remove-OSNetwork -Force
        Disconnect-OpenStack
    }

    It 'creates a network and its subnet through the pipeline' {
        $network.Status | Should -Be 'ACTIVE'
        $subnet.Cidr | Should -Be $cidr
        $subnet.GatewayIp | Should -Be "10.$octet.7.1"
        $subnet.DnsNameservers | Should -Be @('8.8.8.8')
        (Get-OSSubnet -Network $network.Id).Id | Should -Be $subnet.Id
        (Get-OSSubnet -Cidr $cidr | Where-Object Name -eq "$prefix-sub").Id | Should -Be $subnet.Id
        (Get-OSNetwork -Id $network.Id).Subnets | Should -Contain $subnet.Id
    }

    It 'lists networks with the table view, sorted and grouped' {
        Get-OSNetwork -Name "$prefix-net" | Format-Table | Out-String -Width 160 | Should -Match 'ACTIVE\s+False\s+False'
        (Get-OSNetwork -External).Name | Should -Contain 'public'
        (Get-OSNetwork | Sort-Object Name | Group-Object External | Where-Object Name -eq 'True').Group.Name | Should -Contain 'public'
        Get-OSSubnet -Id $subnet.Id | Format-Table | Out-String -Width 160 | Should -Match ([regex]::Escape($cidr))
        (Get-OSNetwork -Id $network.Id | ConvertTo-Json -Depth 5 -WarningAction Ignore | ConvertFrom-Json).Name | Should -Be "$prefix-net"
    }

    It 'changes a network and a subnet in place' {
        ($network | Set-OSNetwork -Description 'web tier' -Mtu 1400 -PassThru).Mtu | Should -Be 1400
        (Get-OSNetwork -Id $network.Id).Description | Should -Be 'web tier'
        $changed = $subnet | Set-OSSubnet -DnsNameserver 9.9.9.9 -AllocationPool @{ Start = "10.$octet.7.20"; End = "10.$octet.7.200" } -PassThru
        $changed.DnsNameservers | Should -Be @('9.9.9.9')
        $changed.AllocationPools[0].ToString() | Should -Be "10.$octet.7.20-10.$octet.7.200"
    }

    It 'joins the subnet to a router with an external gateway' {
        $router.ExternalNetworkId | Should -Be (Get-OSNetwork public).Id
        $interface = Add-OSRouterInterface -Router $router -Subnet "$prefix-sub"
        $interface.SubnetId | Should -Be $subnet.Id
        (Get-OSPort -Id $interface.PortId).IpAddresses | Should -Be @("10.$octet.7.1")
        (Set-OSRouter $router.Id -Description 'edge' -PassThru).Description | Should -Be 'edge'
        Get-OSRouter -Name "$prefix-router" | Format-Table | Out-String -Width 160 | Should -Match "$($router.Id)"
    }

    It 'creates, finds, changes and removes a port' {
        $port = New-OSPort -Network $network -Name "$prefix-port" -FixedIp @{ Subnet = "$prefix-sub"; IpAddress = "10.$octet.7.50" }
        $port.IpAddresses | Should -Be @("10.$octet.7.50")
        (Get-OSPort -Network $network.Id -IpAddress "10.$octet.7.50").Id | Should -Be $port.Id
        ($port | Set-OSPort -Name "$prefix-port2" -Description 'spare' -PassThru).Name | Should -Be "$prefix-port2"
        Get-OSPort -Id $port.Id | Format-List | Out-String | Should -Match "10\.$octet\.7\.50"
        $port | Remove-OSPort -Confirm:$false
        @(Get-OSPort -Name "$prefix-port*").Count | Should -Be 0
    }

    It 'gives a server on the network a floating IP, moves it off and on, and releases it' {
        $server = New-OSServer -Name "$prefix-vm" -Image testcloud-image -Flavor m1.nano -Network $network.Id -Wait
        $port = Get-OSPort -DeviceId $server.Id
        $fip = $server | Add-OSServerFloatingIP -ExternalNetwork public
        $fip.PortId | Should -Be $port.Id
        $fip.FloatingIpAddress | Should -Match '^172\.24\.4\.'
        Set-OSFloatingIP $fip.Id -Description $prefix
        (Set-OSFloatingIP $fip.FloatingIpAddress -Disassociate -PassThru).PortId | Should -BeNullOrEmpty
        (Add-OSServerFloatingIP -Server "$prefix-vm" -FloatingIp $fip.FloatingIpAddress -Network $network.Id).PortId | Should -Be $port.Id
        @(Get-OSFloatingIP -Port $port.Id).Count | Should -Be 1
        $spare = New-OSFloatingIP -Network public -Description $prefix
        $spare.PortId | Should -BeNullOrEmpty
        Get-OSFloatingIP -Network public | Where-Object Description -eq $prefix | Format-Table | Out-String | Should -Match ([regex]::Escape($spare.FloatingIpAddress))
        Remove-OSFloatingIP $spare.Id -WhatIf
        @(Get-OSFloatingIP | Where-Object Description -eq $prefix).Count | Should -Be 2
        Get-OSFloatingIP | Where-Object Description -eq $prefix | Remove-OSFloatingIP -Force
        @(Get-OSFloatingIP | Where-Object Description -eq $prefix).Count | Should -Be 0
    }

    It 'sets source NAT on the gateway it is given, when created and when changed' {
        $nat = New-OSRouter -Name "$prefix-nat" -ExternalGateway public -EnableSnat $false
        $nat.ExternalGatewayInfo.EnableSnat | Should -BeFalse
        (Set-OSRouter $nat.Id -ExternalGateway public -EnableSnat $true -PassThru).ExternalGatewayInfo.EnableSnat | Should -BeTrue
        Remove-OSRouter $nat.Id -Force
    }

    It 'takes the subnet off the router and removes router, subnet and network' {
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait
        Remove-OSRouterInterface -Router $router.Id -Subnet $subnet.Id -Confirm:$false
        @(Get-OSPort -DeviceId $router.Id -DeviceOwner network:router_interface).Count | Should -Be 0
        Set-OSRouter $router.Id -ClearExternalGateway
        (Get-OSRouter -Id $router.Id).ExternalNetworkId | Should -BeNullOrEmpty
        Remove-OSRouter $router.Id -Force
        Remove-OSSubnet $subnet.Id -WhatIf
        @(Get-OSSubnet -Network $network.Id).Count | Should -Be 1
        Remove-OSSubnet $subnet.Id -Force
        $network | Remove-OSNetwork -Confirm:$false
        @(Get-OSNetwork -Name "$prefix*").Count | Should -Be 0
        @(Get-OSRouter -Name "$prefix*").Count | Should -Be 0
    }

    It 'reports an overlapping subnet through -ErrorVariable and goes on' {
        $other = New-OSNetwork -Name "$prefix-err"
        $null = New-OSSubnet -Network $other -Name "$prefix-err-a" -Cidr 10.77.0.0/24
        New-OSSubnet -Network $other -Name "$prefix-err-b" -Cidr 10.77.0.128/25 -ErrorAction SilentlyContinue -ErrorVariable overlap
        $overlap[0].Exception.Message | Should -Match 'overlaps with another subnet'
        $overlap[0].TargetObject | Should -Be "$prefix-err-b"
    }
}

Describe 'Security groups and rules' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll {
        Get-OSSecurityGroup -Name "$prefix*" | Remove-OSSecurityGroup -Force
        Disconnect-OpenStack
    }

    It 'creates groups and rules, lists, shows and removes them' {
        $web = New-OSSecurityGroup -Name "$prefix-web" -Description 'web servers'
        $db = New-OSSecurityGroup -Name "$prefix-db"
        $web | New-OSSecurityGroupRule -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 203.0.113.0/24 | Out-Null
        New-OSSecurityGroupRule -SecurityGroup "$prefix-web" -Protocol tcp -PortRangeMin 80 -PortRangeMax 81 | Out-Null
        New-OSSecurityGroupRule -SecurityGroup $web -Protocol icmp -EtherType IPv4 | Out-Null
        $fromWeb = New-OSSecurityGroupRule -SecurityGroup $db -Protocol tcp -PortRangeMin 3306 -RemoteGroup "$prefix-web"
        $fromWeb.RemoteGroupId | Should -Be $web.Id
        @(Get-OSSecurityGroupRule -SecurityGroup $web -Direction ingress).Count | Should -Be 3
        @(Get-OSSecurityGroupRule -SecurityGroup $web -Protocol tcp).Count | Should -Be 2
        (Get-OSSecurityGroup "$prefix-web").Rules.Count | Should -BeGreaterOrEqual 3
        Get-OSSecurityGroupRule -SecurityGroup $web -Direction ingress | Sort-Object PortRangeMin | Format-Table | Out-String -Width 160 | Should -Match '203\.0\.113\.0/24'
        Get-OSSecurityGroupRule -SecurityGroup $web -Direction ingress | Where-Object Protocol -eq icmp | Remove-OSSecurityGroupRule -Force
        @(Get-OSSecurityGroupRule -SecurityGroup $web -Direction ingress).Count | Should -Be 2
        (Get-OSSecurityGroup -Id $web.Id | ConvertTo-Json -Depth 5 -WarningAction Ignore | ConvertFrom-Json).Name | Should -Be "$prefix-web"
    }

    It 'refuses a duplicate rule with the reason, and -ErrorAction Stop makes it terminating' {
        New-OSSecurityGroupRule -SecurityGroup "$prefix-web" -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 203.0.113.0/24 -ErrorAction SilentlyContinue -ErrorVariable dup
        $dup | Should -HaveCount 1
        { New-OSSecurityGroupRule -SecurityGroup "$prefix-web" -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 203.0.113.0/24 -ErrorAction Stop } | Should -Throw
    }

    It 'renames a group and makes it stateless' {
        $changed = Get-OSSecurityGroup "$prefix-db" | Set-OSSecurityGroup -NewName "$prefix-db2" -Description 'database' -Stateful $false -PassThru
        $changed.Name | Should -Be "$prefix-db2"
        $changed.Stateful | Should -BeFalse
        (Get-OSSecurityGroup -Id $changed.Id).Description | Should -Be 'database'
    }

    It 'removes groups piped from a filtered list' {
        Get-OSSecurityGroup -Name "$prefix*" | Remove-OSSecurityGroup -WhatIf
        @(Get-OSSecurityGroup -Name "$prefix*").Count | Should -Be 2
        Get-OSSecurityGroup -Name "$prefix*" | Remove-OSSecurityGroup -Confirm:$false
        @(Get-OSSecurityGroup -Name "$prefix*").Count | Should -Be 0
    }
}

Describe 'Router routes, subnet pools and port bindings' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $routed = New-OSNetwork -Name "$prefix-rt"
        $routedSub = $routed | New-OSSubnet -Name "$prefix-rt-sub" -Cidr "10.$octet.8.0/24"
        $edge = New-OSRouter -Name "$prefix-rt-router"
        Add-OSRouterInterface -Router $edge -Subnet $routedSub | Out-Null
    }
    AfterAll {
        # Neutron keeps an interface that a route goes through: the routes go first.
        Set-OSRouter $edge.Id -ClearRoute
        Get-OSPort -DeviceId $edge.Id -DeviceOwner network:router_interface | ForEach-Object { Remove-OSRouterInterface -Router $edge.Id -Port $_.Id -Confirm:$false }
        Get-OSRouter -Name "$prefix-rt*" | Remove-OSRouter -Force
        Get-OSPort -Network $routed.Id | Remove-OSPort -Force
        Get-OSSubnet -Network $routed.Id | Remove-OSSubnet -Force
        Get-OSNetwork -Name "$prefix-pooled*" | ForEach-Object { Get-OSSubnet -Network $_.Id | Remove-OSSubnet -Force; $_ } | Remove-OSNetwork -Force
        $routed | Remove-OSNetwork -Force
        Get-OSSubnetPool -Name "$prefix*" | Remove-OSSubnetPool -Force
        Disconnect-OpenStack
    }

    It 'keeps every route added from parallel threads, removes some and clears the rest' {
        $session = Get-OSSession
        1..6 | ForEach-Object -ThrottleLimit 6 -Parallel {
            Import-Module $using:ModuleManifest
            Add-OSRouterRoute -Router $using:edge.Id -Destination "10.$($using:octet).$(100 + $_).0/24" -NextHop "10.$($using:octet).8.$(10 + $_)" -Session $using:session | Out-Null
        }
        @((Get-OSRouter -Id $edge.Id).Routes).Count | Should -Be 6
        $left = Remove-OSRouterRoute $edge -Route @{ Destination = "10.$octet.101.0/24"; NextHop = "10.$octet.8.11" } -Confirm:$false
        @($left.Routes).Count | Should -Be 5
        $left.Routes.Destination | Should -Not -Contain "10.$octet.101.0/24"
        $replaced = Set-OSRouter $edge.Id -Route @{ Destination = '10.9.0.0/24'; NextHop = "10.$octet.8.5" } -PassThru
        @($replaced.Routes).Count | Should -Be 1
        $replaced.Routes[0].ToString() | Should -Be "10.9.0.0/24 via 10.$octet.8.5"
        Get-OSRouter -Id $edge.Id | Format-Table | Out-String -Width 160 | Should -Match 'Routes'
        @((Set-OSRouter $edge.Id -ClearRoute -PassThru).Routes).Count | Should -Be 0
    }

    It 'makes a pool, takes a subnet from it by name, and removes the pool' {
        $pool = New-OSSubnetPool -Name "$prefix-pool" -Prefix "10.$octet.128.0/18" -DefaultPrefixLength 27
        (Get-OSSubnetPool -Name "$prefix-pool").Id | Should -Be $pool.Id
        Get-OSSubnetPool -Id $pool.Id | Format-Table | Out-String -Width 160 | Should -Match ([regex]::Escape("10.$octet.128.0/18"))
        # A network's subnets all come from one pool or none: this one gets a network of its own.
        $pooledNet = New-OSNetwork -Name "$prefix-pooled-net"
        $sub = New-OSSubnet -Network $pooledNet -Name "$prefix-pooled" -SubnetPool "$prefix-pool" -PrefixLength 28 -ServiceType 'compute:nova'
        $sub.Cidr | Should -Match "^10\.$octet\.(1[2-9][0-9])\.\d+/28$"
        $sub.ServiceTypes | Should -Be @('compute:nova')
        $sub | Remove-OSSubnet -Force
        $pooledNet | Remove-OSNetwork -Force
        $pool | Remove-OSSubnetPool -Confirm:$false
        @(Get-OSSubnetPool -Name "$prefix*").Count | Should -Be 0
    }

    It 'gives a port a MAC address and binds it to a host' {
        $port = New-OSPort -Network $routed -Name "$prefix-bound" -MacAddress fa:16:3e:5e:00:01 -BindingVnicType normal
        $port.MacAddress | Should -Be 'fa:16:3e:5e:00:01'
        $bound = $port | Set-OSPort -MacAddress fa:16:3e:5e:00:02 -BindingHost "$prefix-host" -BindingProfile @{ role = 'test' } -PassThru
        $bound.MacAddress | Should -Be 'fa:16:3e:5e:00:02'
        $bound.BindingHostId | Should -Be "$prefix-host"
        $bound.BindingProfile['role'].GetString() | Should -Be 'test'
        $port | Remove-OSPort -Force
    }
}
