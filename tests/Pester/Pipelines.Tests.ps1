#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Objects of one kind piped into cmdlets of another, for the whole module. The cases are found at run time: every
# parameter that takes a resource of another kind from the pipeline is a NameOrId parameter with [ReferenceTo(kind)],
# so a cmdlet added later is covered without editing this file (and fails here until its kind has a fixture below).
# For each case a real object of that kind, made on the local cloud, is piped into the cmdlet under Trace-Command: it
# must bind to that parameter and to nothing else (never to the cmdlet's own -Id), and the cmdlet must run without an
# error (changes with -WhatIf). Each kind piped into its own Get- cmdlet must still bind to -Id.
# Everything is named pester-pipe-* and removed at the end (the cluster fails at once and is deleted).

BeforeDiscovery {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $references = foreach ($command in Get-Command -Module OpenStack -CommandType Cmdlet | Sort-Object Name) {
        foreach ($parameter in $command.Parameters.Values) {
            $reference = $parameter.Attributes | Where-Object { $_.GetType().Name -eq 'ReferenceToAttribute' }
            $piped = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipeline }
            if ($reference -and $piped) {
                @{ Command = $command.Name; Parameter = $parameter.Name; Kind = $reference.Kind.Name; Type = $parameter.ParameterType.Name }
            }
        }
    }
}

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix pipe

    # The parameters each bound from the pipeline for $Command, read from PowerShell's own parameter-binding trace,
    # and the error the pipeline ended with, if any.
    function Invoke-Traced([string] $Command, [scriptblock] $Pipeline) {
        $file = Join-Path $TestDrive ('binding-{0}.txt' -f [guid]::NewGuid().ToString('N'))
        $state = @{ Error = $null }
        Trace-Command -Name ParameterBinding -FilePath $file -Expression {
            try { $null = & $Pipeline } catch { $state.Error = $_ }
        }
        $bound = [System.Collections.Generic.List[string]]::new()
        $inCommand = $false
        foreach ($line in [System.IO.File]::ReadAllLines($file)) {
            if ($line -match 'BIND PIPELINE object to parameters: \[(.+?)\]') { $inCommand = $Matches[1] -eq $Command; continue }
            if ($inCommand -and $line -match 'to param \[(\w+)\] SUCCESSFUL') { $bound.Add($Matches[1]) }
        }
        [pscustomobject]@{ Bound = @($bound | Select-Object -Unique); Error = $state.Error }
    }
}

Describe 'Objects piped between nouns' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $ErrorActionPreference = 'Stop'
        $net = New-OSNetwork -Name "$prefix-net"
        $subnet = $net | New-OSSubnet -Name "$prefix-sub" -Cidr 10.231.0.0/24
        $port = $net | New-OSPort -Name "$prefix-port"
        $router = New-OSRouter -Name "$prefix-router"
        $group = New-OSSecurityGroup -Name "$prefix-sg"
        $rule = $group | New-OSSecurityGroupRule -Protocol tcp -PortRangeMin 22
        $server = New-OSServer -Name "$prefix-vm" -Image testcloud-image -Flavor m1.nano -Network $net.Id -Wait -TimeoutSec 180
        $volume = New-OSVolume -Name "$prefix-vol" -Size 1 -Wait
        $floatingIp = New-OSFloatingIP -Network public
        $file = Join-Path $TestDrive atomic.qcow2
        [System.IO.File]::WriteAllBytes($file, [byte[]]::new(64KB))
        $image = New-OSImage -Name "$prefix-atomic" -File $file -DiskFormat qcow2 -Property @{ os_distro = 'fedora-atomic' } -Wait
        $keypair = New-OSKeypair -Name "$prefix-key" -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv pester'
        $template = New-OSClusterTemplate -Name "$prefix-tpl" -Coe kubernetes -Image $image.Id -ExternalNetwork public -Flavor m1.small -Keypair $keypair.Name
        $cluster = New-OSCluster -Name "$prefix-c" -ClusterTemplate $template.Uuid
        $user = New-OSUser -Name "$prefix-user"
        $userGroup = New-OSGroup -Name "$prefix-group"
        $flavor = New-OSFlavor -Name "$prefix-flavor" -Vcpus 1 -Ram 64 -Disk 1 -Private
        $aggregate = New-OSAggregate -Name "$prefix-agg"
        $objectContainer = New-OSContainer -Name "$prefix-ct"
        $stack = New-OSStack -Name "$prefix-stack" -Template "heat_template_version: 2018-08-31`nresources:`n  r: {type: OS::Heat::RandomString}" -Wait -TimeoutSec 120
        $volumeType = New-OSVolumeType -Name "$prefix-type" -Private
        $volumeQos = New-OSVolumeQos -Name "$prefix-qos" -Spec @{ read_iops_sec = 1 }
        $loadBalancer = New-OSLoadBalancer -Name "$prefix-lb" -VipSubnet $subnet.Id
        $lbListener = $loadBalancer | New-OSLoadBalancerListener -Name "$prefix-http" -Protocol HTTP -ProtocolPort 80
        $lbPool = $lbListener | New-OSLoadBalancerPool -Name "$prefix-pool" -Protocol HTTP
        $l7Policy = $lbListener | New-OSLoadBalancerL7Policy -Name "$prefix-l7" -Action REJECT
        $ErrorActionPreference = 'Continue'

        # One real object per kind that a cmdlet takes from the pipeline.
        $fixtures = @{
            Network = $net; Subnet = $subnet; Port = $port; Router = $router; SecurityGroup = $group; Server = $server
            Volume = $volume; FloatingIp = $floatingIp; ClusterTemplate = $template; Cluster = $cluster; SecurityGroupRule = $rule; Image = $image
            Project = Get-OSProject -Id demo; User = $user; Group = $userGroup; Flavor = $flavor
            Aggregate = $aggregate
            ObjectContainer = $objectContainer
            Stack = $stack
            VolumeType = $volumeType; VolumeQos = $volumeQos
            LoadBalancer = $loadBalancer; Listener = $lbListener; Pool = $lbPool; L7Policy = $l7Policy
        }
        # What else a cmdlet needs besides the piped object ("Cmdlet/Parameter"); changes run with -WhatIf.
        $arguments = @{
            'Add-OSVolumeAttachment/Server' = @{ Volume = $volume.Id }; 'Add-OSVolumeAttachment/Volume' = @{ Server = $server.Id }
            'Remove-OSVolumeAttachment/Server' = @{ Volume = $volume.Id }; 'Remove-OSVolumeAttachment/Volume' = @{ Server = $server.Id }
            'Add-OSRouterInterface/Router' = @{ Subnet = $subnet.Id }; 'Add-OSRouterInterface/Subnet' = @{ Router = $router.Id }
            'Add-OSRouterInterface/Port' = @{ Router = $router.Id }
            'Remove-OSRouterInterface/Router' = @{ Subnet = $subnet.Id }; 'Remove-OSRouterInterface/Subnet' = @{ Router = $router.Id }
            'Remove-OSRouterInterface/Port' = @{ Router = $router.Id }
            'Add-OSServerFloatingIP/Server' = @{ FloatingIp = $floatingIp.Id }; 'Add-OSServerFloatingIP/FloatingIp' = @{ Server = $server.Id }
            'New-OSSubnet/Network' = @{ Cidr = '10.232.0.0/24' }
            'Add-OSFlavorAccess/Flavor' = @{ Project = 'demo' }; 'Remove-OSFlavorAccess/Flavor' = @{ Project = 'demo' }
            'Add-OSRouterRoute/Router' = @{ Destination = '10.233.0.0/24'; NextHop = '10.231.0.5' }
            'Remove-OSRouterRoute/Router' = @{ Destination = '10.233.0.0/24'; NextHop = '10.231.0.5' }
            'New-OSSecurityGroupRule/SecurityGroup' = @{ Protocol = 'tcp'; PortRangeMin = 443 }
            'New-OSVolumeSnapshot/Volume' = @{ Name = "$prefix-never" }
            'New-OSCluster/ClusterTemplate' = @{ Name = "$prefix-never" }
            'Add-OSGroupMember/Group' = @{ User = $user.Id }; 'Add-OSGroupMember/User' = @{ Group = $userGroup.Id }
            'Remove-OSGroupMember/Group' = @{ User = $user.Id }; 'Remove-OSGroupMember/User' = @{ Group = $userGroup.Id }
            'Grant-OSRole/User' = @{ Role = 'member'; Project = 'demo' }; 'Grant-OSRole/Group' = @{ Role = 'member'; Project = 'demo' }
            'Revoke-OSRole/User' = @{ Role = 'member'; Project = 'demo' }; 'Revoke-OSRole/Group' = @{ Role = 'member'; Project = 'demo' }
            'New-OSServerImage/Server' = @{ Name = "$prefix-never" }
            'Add-OSServerSecurityGroup/Server' = @{ SecurityGroup = $group.Id }; 'Add-OSServerSecurityGroup/SecurityGroup' = @{ Server = $server.Id }
            'Remove-OSServerSecurityGroup/Server' = @{ SecurityGroup = $group.Id }; 'Remove-OSServerSecurityGroup/SecurityGroup' = @{ Server = $server.Id }
            'Add-OSServerInterface/Server' = @{ Network = $net.Id }; 'Add-OSServerInterface/Network' = @{ Server = $server.Id }
            'Add-OSServerInterface/Port' = @{ Server = $server.Id }
            'Remove-OSServerInterface/Server' = @{ Port = $port.Id }; 'Remove-OSServerInterface/Port' = @{ Server = $server.Id }
            'Add-OSAggregateHost/Aggregate' = @{ ComputeHost = 'testcloud' }; 'Remove-OSAggregateHost/Aggregate' = @{ ComputeHost = 'testcloud' }
            'Set-OSQuota/Project' = @{ Instances = 20 }
            'Add-OSVolumeTypeAccess/VolumeType' = @{ Project = 'demo' }; 'Remove-OSVolumeTypeAccess/VolumeType' = @{ Project = 'demo' }
            'Add-OSVolumeQosAssociation/VolumeType' = @{ Qos = $volumeQos.Id }; 'Remove-OSVolumeQosAssociation/VolumeType' = @{ Qos = $volumeQos.Id }
            'Add-OSVolumeQosAssociation/Qos' = @{ VolumeType = $volumeType.Id }; 'Remove-OSVolumeQosAssociation/Qos' = @{ VolumeType = $volumeType.Id }
            'Add-OSImageMember/Image' = @{ Project = 'demo' }
            'New-OSLoadBalancerListener/LoadBalancer' = @{ Protocol = 'HTTP'; ProtocolPort = 8080 }
            'New-OSLoadBalancerPool/LoadBalancer' = @{ Protocol = 'HTTP' }; 'New-OSLoadBalancerPool/Listener' = @{ Protocol = 'HTTP' }
            'New-OSLoadBalancerHealthMonitor/Pool' = @{ Type = 'HTTP' }
            'New-OSLoadBalancerMember/Pool' = @{ Address = '10.231.0.50'; ProtocolPort = 80 }
            'Add-OSLoadBalancerMember/Server' = @{ Pool = $lbPool.Id; ProtocolPort = 80; Subnet = $subnet.Id }
            'New-OSLoadBalancerL7Policy/Listener' = @{ Action = 'REJECT' }
            'New-OSLoadBalancerL7Rule/Policy' = @{ Type = 'PATH'; CompareType = 'STARTS_WITH'; Value = '/admin' }
        }
        # The error a case ends with on this cloud, where it cannot end without one (no console proxy here).
        $expectedErrors = @{
            'Get-OSServerConsoleUrl/Server' = '*Unavailable console type novnc.*HTTP 400*'
        }
    }

    AfterAll {
        $ErrorActionPreference = 'Continue'
        Get-OSLoadBalancer -Name "$prefix*" | Remove-OSLoadBalancer -Cascade -Force
        Get-OSStack -Name "$prefix*" | Remove-OSStack -Force -Wait -TimeoutSec 120
        Get-OSCluster -Name "$prefix*" | Remove-OSCluster -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue
        Get-OSClusterTemplate -Name "$prefix*" | Remove-OSClusterTemplate -Force -ErrorAction SilentlyContinue
        Get-OSImage -Name "$prefix*" | Remove-OSImage -Force
        Get-OSFlavor -All -Name "$prefix*" | Remove-OSFlavor -Force
        Remove-OSKeypair -Name "$prefix-key" -Force -ErrorAction SilentlyContinue
        Get-OSFloatingIP | Where-Object Id -eq $floatingIp.Id | Remove-OSFloatingIP -Force
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait
        Get-OSVolume -Name "$prefix*" | Remove-OSVolume -Force -Wait
        Get-OSSecurityGroup -Name "$prefix*" | Remove-OSSecurityGroup -Force
        Get-OSRouter -Name "$prefix*" | Remove-OSRouter -Force
        Get-OSPort -Name "$prefix*" | Remove-OSPort -Force
        Get-OSNetwork -Name "$prefix*" | Remove-OSNetwork -Force
        Get-OSUser -Name "$prefix*" | Remove-OSUser -Force
        Get-OSGroup -Name "$prefix*" | Remove-OSGroup -Force
        Get-OSAggregate -Name "$prefix*" | Remove-OSAggregate -Force
        Get-OSContainer -Prefix $prefix | Remove-OSContainer -Recurse -Force
        Get-OSVolumeQos -Name "$prefix*" | Remove-OSVolumeQos -Disassociate -Force
        Get-OSVolumeType -Name "$prefix*" | Remove-OSVolumeType -Force
        Disconnect-OpenStack
    }

    It 'finds the cmdlets that take another kind from the pipeline' -ForEach @{ Found = $references } {
        # A floor, not a list: the test below covers whatever is found.
        $Found.Count | Should -BeGreaterOrEqual 25
        ($Found | Where-Object { $_.Type -notlike 'NameOrId*' }) | Should -BeNullOrEmpty
    }

    It '<Kind> piped into <Command> binds to -<Parameter> only' -ForEach $references {
        $fixtures.ContainsKey($Kind) | Should -BeTrue -Because "every kind taken from the pipeline needs a fixture object here ($Kind has none)"
        $extra = $arguments["$Command/$Parameter"]
        if (-not $extra) { $extra = @{} }
        $metadata = Get-Command $Command
        if ($metadata.Parameters.ContainsKey('WhatIf')) { $extra['WhatIf'] = $true }
        $object = $fixtures[$Kind]
        $result = Invoke-Traced $Command { $object | & $Command @extra -ErrorAction Stop }
        $result.Bound | Should -Be @($Parameter) -Because "a $Kind from the pipeline belongs to -$Parameter of $Command"
        if ($expectedErrors["$Command/$Parameter"]) { "$($result.Error)" | Should -BeLike $expectedErrors["$Command/$Parameter"] }
        else { $result.Error | Should -BeNullOrEmpty }
    }

    It 'a <_> piped into its own Get- cmdlet binds to -Id' -ForEach @('Network', 'Subnet', 'Port', 'Router', 'SecurityGroup', 'SecurityGroupRule', 'Server', 'Volume', 'FloatingIp', 'ClusterTemplate', 'Cluster', 'Image', 'Project', 'User', 'Group', 'Flavor') {
        $object = $fixtures[$_]
        # The kind's own Get- first: Get-OSGroupMember writes users too, but lists a group's.
        $get = Get-Command -Module OpenStack -Verb Get | Where-Object { $_.OutputType.Type -contains $object.GetType() } |
            Sort-Object { $_.Noun -ne ('OS' + $object.GetType().Name) } | Select-Object -First 1
        $get | Should -Not -BeNullOrEmpty
        $result = Invoke-Traced $get.Name { $object | & $get.Name -ErrorAction Stop }
        $result.Bound | Should -Be @('Id')
        $result.Error | Should -BeNullOrEmpty
    }

    It 'lists what belongs to the piped object' {
        ($net | Get-OSSubnet).Id | Should -Be $subnet.Id
        ($net | Get-OSPort | Where-Object Name -eq "$prefix-port").Id | Should -Be $port.Id
        ($group | Get-OSSecurityGroupRule).Id | Should -Contain $rule.Id
        ($server | Get-OSPort).DeviceId | Should -Be $server.Id
        ($port | Get-OSSubnet -ErrorAction SilentlyContinue -ErrorVariable notSubnet) | Should -BeNullOrEmpty
        $notSubnet[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        ($cluster | Get-OSClusterNodeGroup).Role | Sort-Object | Should -Be @('master', 'worker')
        $subnet | Add-OSRouterInterface -Router $router | Out-Null
        ($router | Get-OSPort -DeviceOwner network:router_interface).FixedIps.SubnetId | Should -Be $subnet.Id
        $router | Remove-OSRouterInterface -Subnet $subnet -Confirm:$false | Out-Null
        @($router | Get-OSPort -DeviceOwner network:router_interface).Count | Should -Be 0
        'no-such-net-name', $subnet.Name | Get-OSSubnet -ErrorAction SilentlyContinue -ErrorVariable byString | Select-Object -ExpandProperty Id | Should -Be $subnet.Id
        $byString[0].Exception.Message | Should -Match 'no-such-net-name'
    }

    It 'takes a volume to snapshot and attach, and an attachment to detach' {
        $attached = $volume | Add-OSVolumeAttachment -Server $server -Wait
        $attached.VolumeId | Should -Be $volume.Id
        ($server | Get-OSVolumeAttachment).VolumeId | Should -Be $volume.Id
        $server | Get-OSVolumeAttachment | Remove-OSVolumeAttachment -Wait -Confirm:$false
        @($server | Get-OSVolumeAttachment).Count | Should -Be 0
        $snapshot = $volume | New-OSVolumeSnapshot -Name "$prefix-snap" -Wait
        ($volume | Get-OSVolumeSnapshot).Id | Should -Be $snapshot.Id
        ($snapshot | Get-OSVolumeSnapshot).Id | Should -Be $snapshot.Id
        $snapshot | Remove-OSVolumeSnapshot -Force -Wait
    }

    It 'says which parameter takes an object of the wrong kind' {
        { Get-OSSubnet -Network $port -ErrorAction Stop } | Should -Throw -ExpectedMessage '*NameOrId*'
    }
}
