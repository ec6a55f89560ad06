#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Nova against the local cloud (fake driver: servers reach ACTIVE in seconds and never boot): one server made in
# BeforeAll and reused, flavors, keypairs, volume attachments, console output.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix nova
}

Describe 'Servers' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $server = New-OSServer -Name "$prefix-vm" -Image testcloud-image -Flavor m1.nano -Network private -Metadata @{ role = 'web' } -Wait -TimeoutSec 180
    }
    AfterAll {
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait -TimeoutSec 120
        Get-OSVolume -Name "$prefix*" | Remove-OSVolume -Force -Wait -TimeoutSec 120
        Disconnect-OpenStack
    }

    It 'creates a server with -Wait, ACTIVE with an address on its network' {
        $server.Status | Should -Be 'ACTIVE'
        $server.Metadata['role'] | Should -Be 'web'
        $server.IPv4 | Should -Match '^10\.0\.0\.'
    }

    It 'lists servers: Where-Object, Select-Object, Sort-Object, and the table view' {
        $mine = @(Get-OSServer -Name "$prefix*" | Where-Object Status -eq ACTIVE | Sort-Object Name | Select-Object Name, Status, Id)
        $mine.Name | Should -Contain "$prefix-vm"
        $table = Get-OSServer -Name "$prefix-vm" | Format-Table | Out-String -Width 160
        $table | Should -Match 'Name\s+Status'
        # The image by name, as openstack server list shows it (Nova gives only the id).
        $table | Should -Match "ACTIVE\s+private=10\.0\.0\.\d+\s+m1\.nano\s+testcloud-image\s+$($server.Id)"
        Get-OSServer -Id $server.Id | Format-List | Out-String | Should -Match "Id\s+: $($server.Id)"
        @(Get-OSServer -First 1).Count | Should -Be 1
    }

    It 'serialises a server with ConvertTo-Json -Depth 5 and Export-Csv' {
        $json = Get-OSServer -Id $server.Id | ConvertTo-Json -Depth 5 -WarningAction Ignore | ConvertFrom-Json
        $json.Name | Should -Be "$prefix-vm"
        $json.Status | Should -Be 'ACTIVE'
        $csv = Join-Path $TestDrive servers.csv
        Get-OSServer -Name "$prefix*" | Export-Csv -Path $csv -NoTypeInformation
        (Import-Csv $csv | Where-Object Id -eq $server.Id).Name | Should -Be "$prefix-vm"
    }

    It 'stops, starts, reboots, suspends and resumes through the pipeline' {
        ($server | Stop-OSServer -Wait -PassThru).Status | Should -Be 'SHUTOFF'
        (Get-OSServer -Id $server.Id | Start-OSServer -Wait -PassThru).Status | Should -Be 'ACTIVE'
        (Restart-OSServer $server.Id -Hard -Wait -PassThru).Status | Should -Be 'ACTIVE'
        ($server | Suspend-OSServer -Wait -PassThru).Status | Should -Be 'SUSPENDED'
        ($server | Resume-OSServer -Wait -PassThru).Status | Should -Be 'ACTIVE'
    }

    It 'locks and unlocks' {
        ($server | Lock-OSServer -PassThru).Locked | Should -BeTrue
        ($server | Unlock-OSServer -PassThru).Locked | Should -BeFalse
    }

    It 'stops nothing with -WhatIf' {
        $server | Stop-OSServer -WhatIf
        $server | Remove-OSServer -WhatIf
        (Get-OSServer -Id $server.Id).Status | Should -Be 'ACTIVE'
    }

    It 'renames and sets description and metadata' {
        Rename-OSServer $server.Id -NewName "$prefix-web"
        (Get-OSServer -Id $server.Id).Name | Should -Be "$prefix-web"
        $updated = $server | Set-OSServer -Description 'web tier' -Metadata @{ tier = '1' } -PassThru
        $updated.Description | Should -Be 'web tier'
        $updated.Metadata['tier'] | Should -Be '1'
        $updated.Metadata['role'] | Should -Be 'web'
        (Rename-OSServer -Id $server.Id -NewName "$prefix-vm" -PassThru).Name | Should -Be "$prefix-vm"
    }

    It 'reads the console output' {
        @(Get-OSServerConsoleOutput $server.Id -Lines 5).Count | Should -BeGreaterThan 0
    }

    It 'attaches a volume, lists the attachment and detaches it' {
        $volume = New-OSVolume -Name "$prefix-data" -Size 1 -Wait
        $attachment = $volume | Add-OSVolumeAttachment -ServerId $server.Id -Wait
        $attachment.VolumeId | Should -Be $volume.Id
        (Get-OSVolume -Id $volume.Id).Status | Should -Be 'in-use'
        (Get-OSVolumeAttachment -ServerId $server.Id).VolumeId | Should -Contain $volume.Id
        Get-OSVolumeAttachment -ServerId $server.Id | Format-Table | Out-String | Should -Match $volume.Id
        Remove-OSVolumeAttachment -ServerId $server.Id -VolumeId $volume.Id -Wait -Confirm:$false
        (Get-OSVolume -Id $volume.Id).Status | Should -Be 'available'
        @(Get-OSVolumeAttachment -ServerId $server.Id).Count | Should -Be 0
    }

    It 'reports a server that is not there through -ErrorVariable and goes on' {
        $id = [guid]::NewGuid()
        $out = Get-OSServer -Id $id -ErrorAction SilentlyContinue -ErrorVariable missing -Verbose 4>&1
        $out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] } | Should -BeNullOrEmpty
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        # Nova's request ids of the two lookups (by id: 404, by name: none), as the trace shows them, so the service logs can be searched.
        $traced = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { if ($_.Message -match '^HTTP \d+ .*\(request (req-[0-9a-f-]+)\) for GET .*/servers') { $Matches[1] } })
        $traced | Should -HaveCount 2
        $missing[0].Exception.Message | Should -Be "No server has the name or id '$id' (requests $($traced -join ', '))."
        $missing[0].Exception.RequestId | Should -Be $traced[0]
    }

    It 'completes image, flavor and network names with TabExpansion2' {
        $line = 'New-OSServer -Name x -Flavor m1.nano -Image testc'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'testcloud-image'
        $line = 'New-OSServer -Name x -Flavor m1.nano -Network p'
        # An admin is offered every project's networks: another test's network beginning with p may be among them.
        $networks = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText)
        $networks | Should -Contain 'private'
        $networks | Should -Contain 'public'
        $networks | ForEach-Object { $_.Trim("'") | Should -BeLike 'p*' }
    }

    It 'reads servers from several threads with one session (ForEach-Object -Parallel)' {
        $session = Get-OSSession
        $ids = @($server.Id) * 4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:ModuleManifest
            (Get-OSServer -Id $_ -Session $using:session).Id
        }
        $ids | Should -Be (@($server.Id) * 4)
    }

    It 'removes a server, asked nothing with -Confirm:$false' {
        $second = New-OSServer -Name "$prefix-gone" -Image testcloud-image -Flavor m1.nano -NoNetwork -Wait
        Remove-OSServer -Id $second.Id -Wait -Confirm:$false
        @(Get-OSServer -Name "$prefix-gone").Count | Should -Be 0
    }
}

Describe 'Flavors and keypairs' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll {
        Get-OSFlavor -Name "$prefix*" -All | Remove-OSFlavor -Force
        Get-OSKeypair | Where-Object Name -like "$prefix*" | Remove-OSKeypair -Force
        Disconnect-OpenStack
    }

    It 'finds flavors by name, size and id' {
        (Get-OSFlavor | Where-Object Disk -eq 20).Name | Should -Be 'm1.small'
        @(Get-OSFlavor -Name 'm1.*').Count | Should -Be 6
        (Get-OSFlavor -Id m1.small).Id | Should -Be '2'
        (Get-OSFlavor -MinDisk 40 | Sort-Object Ram).Name | Should -Be @('m1.medium', 'm1.large', 'm1.xlarge')
        Get-OSFlavor m1.nano | Format-Table | Out-String | Should -Match 'm1\.nano'
        (Get-OSFlavor | Group-Object Vcpus | Measure-Object).Count | Should -BeGreaterThan 1
    }

    It 'creates and removes a private flavor' {
        $flavor = New-OSFlavor -Name "$prefix-flv" -Vcpus 2 -Ram 256 -Disk 3 -Private -Description 'test size'
        $flavor.Vcpus | Should -Be 2
        $flavor.IsPublic | Should -BeFalse
        @(Get-OSFlavor -Name "$prefix-flv" -All).Count | Should -Be 1
        Remove-OSFlavor "$prefix-flv" -WhatIf
        @(Get-OSFlavor -Name "$prefix-flv" -All).Count | Should -Be 1
        Remove-OSFlavor "$prefix-flv" -Force
        @(Get-OSFlavor -Name "$prefix-flv" -All).Count | Should -Be 0
    }

    It 'sets extra specs and a description, and shares a private flavor with projects' {
        $flavor = New-OSFlavor -Name "$prefix-acc" -Vcpus 1 -Ram 64 -Disk 1 -Private
        $set = $flavor | Set-OSFlavor -Property @{ 'hw:cpu_policy' = 'dedicated'; 'hw:numa_nodes' = '1' } -Description 'pinned' -PassThru
        $set.Description | Should -Be 'pinned'
        $set.ExtraSpecs['hw:cpu_policy'] | Should -Be 'dedicated'
        Get-OSFlavor -Id $flavor.Id | Format-Table | Out-String -Width 200 | Should -Match 'hw:cpu_policy=dedicated, hw:numa_nodes=1'
        (Set-OSFlavor "$prefix-acc" -RemoveProperty hw:numa_nodes -PassThru).ExtraSpecs.Keys | Should -Be @('hw:cpu_policy')
        (Add-OSFlavorAccess -Flavor "$prefix-acc" -Project demo, admin -PassThru).Count | Should -Be 2
        $access = Get-OSFlavor -Id "$prefix-acc" | Get-OSFlavorAccess
        $access.ProjectId | Sort-Object | Should -Be (@('demo', 'admin' | ForEach-Object { (Invoke-OSApi identity "projects?name=$_").projects[0].id }) | Sort-Object)
        $access | Format-Table | Out-String | Should -Match 'ProjectId'
        $access | Where-Object ProjectId -ne $access[0].ProjectId | Remove-OSFlavorAccess -Confirm:$false
        @(Get-OSFlavorAccess $flavor.Id).ProjectId | Should -Be @($access[0].ProjectId)
        Remove-OSFlavor $flavor.Id -Force
    }

    It 'generates a keypair whose private key lands in an owner-only file' {
        $file = Join-Path $TestDrive deploy.pem
        $pair = New-OSKeypair -Name "$prefix-gen" -PrivateKeyPath $file
        $pair.PrivateKey | Should -BeNullOrEmpty
        Get-Content -Raw $file | Should -Match '^-----BEGIN'
        if (-not $IsWindows) { (Get-Item $file).UnixFileMode | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite') }
        $pair | Format-Table | Out-String | Should -Not -Match 'PRIVATE'
        Remove-OSKeypair -Name "$prefix-gen" -Force
    }

    It 'imports a keypair from a file and from text, lists and removes them' {
        $public = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv pester'
        $file = Join-Path $TestDrive id_ed25519.pub
        Set-Content -Path $file -Value $public
        (New-OSKeypair -Name "$prefix-file" -PublicKeyPath $file).Name | Should -Be "$prefix-file"
        (New-OSKeypair -Name "$prefix-text" -PublicKey $public).Fingerprint | Should -Not -BeNullOrEmpty
        (Get-OSKeypair | Where-Object Name -like "$prefix*" | Sort-Object Name).Name | Should -Be @("$prefix-file", "$prefix-text")
        (Get-OSKeypair -Name "$prefix-text").Name | Should -Be "$prefix-text"
        Get-OSKeypair -Name "$prefix-text" | Remove-OSKeypair -Force
        Remove-OSKeypair -Name "$prefix-file" -Confirm:$false
        @(Get-OSKeypair | Where-Object Name -like "$prefix*").Count | Should -Be 0
        # -Name filters, as on every Get-OS cmdlet: a name that matches nothing is no keypair, not an error.
        @(Get-OSKeypair -Name "$prefix-file" -ErrorAction Stop).Count | Should -Be 0
    }
}

Describe 'Server groups' -Skip:$SkipCloud {
    BeforeAll { Connect-TestCloud }
    AfterAll {
        Get-OSServerGroup -Name "$prefix*" | Remove-OSServerGroup -Force
        Disconnect-OpenStack
    }

    It 'creates groups, finds them by name and id, shows them in a table and removes them from the pipeline' {
        $spread = New-OSServerGroup "$prefix-spread" -Policy anti-affinity -MaxServerPerHost 2
        $spread.Policy | Should -Be 'anti-affinity'
        $spread.MaxServerPerHost | Should -Be 2
        New-OSServerGroup "$prefix-near" -Policy soft-affinity | Out-Null
        (Get-OSServerGroup -Id "$prefix-spread").Id | Should -Be $spread.Id
        (Get-OSServerGroup -Id $spread.Id).Name | Should -Be "$prefix-spread"
        (Get-OSServerGroup -Name "$prefix*" | Sort-Object Name).Policy | Should -Be @('soft-affinity', 'anti-affinity')
        Get-OSServerGroup "$prefix-spread" | Format-Table | Out-String -Width 200 | Should -Match "anti-affinity \(2/host\)\s+$($spread.Id)"
        New-OSServerGroup "$prefix-never" -WhatIf
        @(Get-OSServerGroup -Name "$prefix-never").Count | Should -Be 0
        Get-OSServerGroup -Name "$prefix*" | Remove-OSServerGroup -Confirm:$false
        @(Get-OSServerGroup -Name "$prefix*").Count | Should -Be 0
    }

    It 'refuses a rule the policy cannot take, before anything is sent' {
        New-OSServerGroup "$prefix-bad" -Policy affinity -MaxServerPerHost 2 -ErrorAction SilentlyContinue -ErrorVariable bad
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-OSServerGroup -Name "$prefix-bad").Count | Should -Be 0
    }

    It 'completes group names with TabExpansion2' {
        New-OSServerGroup "$prefix-tab" | Out-Null
        $line = "Remove-OSServerGroup $prefix-t"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain "$prefix-tab"
    }
}

Describe "A server's events, consoles, security groups, interfaces and group" -Skip:$SkipCloud {
    BeforeAll {
        # As the demo user: its network "private" is the only one of that name it sees.
        Connect-TestCloud testcloud-demo
        $net = (Get-OSNetwork -Id private).Id
        $group = New-OSServerGroup "$prefix-grp" -Policy soft-anti-affinity
        $vm = New-OSServer -Name "$prefix-x" -Image testcloud-image -Flavor m1.nano -Network $net -ServerGroup $group -Wait -TimeoutSec 180
        $sg = New-OSSecurityGroup -Name "$prefix-xsg"
    }
    AfterAll {
        Get-OSServer -Name "$prefix-x*" | Remove-OSServer -Force -Wait -TimeoutSec 120
        Get-OSSecurityGroup -Name "$prefix-xsg" | Remove-OSSecurityGroup -Force
        Get-OSServerGroup -Name "$prefix-grp" | Remove-OSServerGroup -Force
        Disconnect-OpenStack
    }

    It 'boots into a server group, which lists the server' {
        (Get-OSServerGroup -Id $group.Id).Members | Should -Be @($vm.Id)
        Get-OSServerGroup -Id $group.Id | Format-Table | Out-String -Width 200 | Should -Match ([regex]::Escape($vm.Id))
    }

    It 'lists what was done to the server, newest first, with the table view' {
        $vm | Stop-OSServer -Wait
        $vm | Start-OSServer -Wait
        $events = $vm | Get-OSServerEvent
        $events.Action | Should -Be @('start', 'stop', 'create')
        $events.Result | Should -Be @('Success', 'Success', 'Success')
        $events | Format-Table | Out-String -Width 200 | Should -Match 'stop\s+Success'
        (Get-OSServerEvent $vm.Name -RequestId $events[1].RequestId).Action | Should -Be 'stop'
    }

    It "shows Nova's 400 for a console this cloud does not offer" {
        $vm | Get-OSServerConsoleUrl -Type novnc -ErrorAction SilentlyContinue -ErrorVariable console
        $console[0].Exception.Message | Should -BeLike '*Unavailable console type novnc.*HTTP 400*request req-*'
    }

    It 'adds and removes a security group from the pipeline' {
        ($sg | Add-OSServerSecurityGroup -Server $vm -PassThru).SecurityGroups.Name | Should -Contain "$prefix-xsg"
        ($vm | Remove-OSServerSecurityGroup -SecurityGroup $sg.Name -PassThru).SecurityGroups.Name | Should -Not -Contain "$prefix-xsg"
        $vm | Remove-OSServerSecurityGroup -SecurityGroup $sg -WhatIf
    }

    It 'attaches an interface, lists it and detaches it, waiting on Neutron' {
        $added = $vm | Add-OSServerInterface -Network $net -Wait
        $added.PortState | Should -Be 'ACTIVE'
        @($vm | Get-OSServerInterface).Count | Should -Be 2
        $vm | Get-OSServerInterface | Where-Object PortId -eq $added.PortId | Remove-OSServerInterface -Wait -Confirm:$false
        @($vm | Get-OSServerInterface).PortId | Should -Not -Contain $added.PortId
        Get-OSPort -Id $added.PortId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}
