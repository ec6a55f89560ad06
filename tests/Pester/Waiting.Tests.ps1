#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Wait-OSServer, Wait-OSVolume and Wait-OSImage against the local cloud: what a runbook boots or creates without -Wait
# is waited on from the pipeline, all at once; a failure status ends its wait with the service's reason, a timeout
# names the last status, a deleted resource is an error unless DELETED was asked for. (Wait-OSCluster: ContainerInfra.Tests.ps1.)
# The server table's image names are checked on the servers booted here.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix wait
}

Describe 'Waiting on objects from earlier' -Skip:$SkipCloud {
    BeforeAll {
        # Servers and images as demo; the admin counts the compute hosts and makes a volume type without a backend.
        Connect-TestCloud
        $admin = Get-OSSession
        Connect-TestCloud testcloud-demo
        $hosts = @(Get-OSComputeService -Binary nova-compute -Session $admin | Where-Object { $_.State -eq 'up' -and $_.Status -eq 'enabled' }).Count
    }
    AfterAll {
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait -TimeoutSec 120
        Get-OSServerGroup | Where-Object Name -like "$prefix*" | Remove-OSServerGroup -Force
        Get-OSImage -Name "$prefix*" | Remove-OSImage -Force
        Get-OSVolume -Name "$prefix*" -Session $admin | Remove-OSVolume -Force -Wait -TimeoutSec 120 -Session $admin
        Get-OSVolumeType -Name "$prefix*" -Session $admin | ForEach-Object { Invoke-OSApi volumev3 "types/$($_.Id)" -Method DELETE -Session $admin }
        Disconnect-OpenStack
    }

    It 'waits for servers booted without -Wait, from the pipeline; the one anti-affinity leaves no host for ends with Nova''s fault' {
        # One server more than there are hosts, in a strict anti-affinity group: Nova puts that one in ERROR (No valid host).
        $group = New-OSServerGroup "$prefix-spread" -Policy anti-affinity
        $script:servers = @(1..($hosts + 1) | ForEach-Object {
                New-OSServer -Name "$prefix-$_" -Image testcloud-image -Flavor m1.nano -Network private -ServerGroup $group.Id })
        $servers.Status | Should -Not -Contain 'ACTIVE' -Because 'New-OSServer without -Wait returns while they build'
        $out = $servers | Wait-OSServer -PassThru -TimeoutSec 180 -ErrorAction SilentlyContinue -ErrorVariable failed -Verbose 4>&1
        $ready = @($out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        # The next tests go on with the servers that became ACTIVE and the one that did not, whatever fails here.
        $script:broken = $servers | Where-Object { $ready.Id -notcontains $_.Id }
        $script:servers = $ready
        $ready.Status | Should -Be (@('ACTIVE') * $hosts)
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -Match '^OpenStack\.ResourceFailed'
        $failed[0].Exception.Message | Should -Match '^server .+ went to status ERROR: No valid host was found'
        $failed[0].TargetObject | Should -Be $broken.Id
        # The verbose trace names each status change of each server.
        @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^Server .+ \(.+\): ACTIVE after \d+ s\.$' }) | Should -HaveCount $hosts
    }

    # Uses the servers just made, rather than booting more.
    It 'names the image in the server table from one image listing, however many servers are listed' {
        function Get-Requests([scriptblock] $List) {
            @(& { $VerbosePreference = 'Continue'; & $List } 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^HTTP [A-Z]+ ' } | ForEach-Object Message)
        }
        # A new connection: its first listing reads the image names once; later ones (for a minute) reuse them.
        Connect-TestCloud testcloud-demo
        $null = Get-OSFlavor -Id 1   # Nova's microversion, agreed on first use
        $one = Get-Requests { Get-OSServer -Name "$prefix-1" }
        $all = Get-Requests { Get-OSServer -Name "$prefix*" }
        @(Get-OSServer -Name "$prefix*").Count | Should -BeGreaterThan 1
        $glance = { param($requests) @($requests | Where-Object { $_ -match ':9292/' }) }
        @(& $glance $one) | Should -HaveCount 1
        @(& $glance $all) | Should -HaveCount 0 -Because 'the names read a moment ago serve the next listing of the same connection'
        ($all.Count) | Should -Be ($one.Count - 1) -Because "the image names come from one listing of Glance, not one request per server:`n$($all -join "`n")"
        $table = Get-OSServer -Name "$prefix*" | Format-Table | Out-String -Width 200
        ([regex]::Matches($table, 'm1\.nano\s+testcloud-image\s')).Count | Should -Be ($hosts + 1)
    }

    It 'waits for another status, and says when the time is up with the last status seen' {
        $servers | Stop-OSServer
        ($servers | Wait-OSServer -Status SHUTOFF -TimeoutSec 120 -PassThru).Status | Should -Be (@('SHUTOFF') * $servers.Count)
        $started = Get-Date
        Wait-OSServer $servers[0].Name -Status ACTIVE -TimeoutSec 3 -ErrorAction SilentlyContinue -ErrorVariable late
        ((Get-Date) - $started).TotalSeconds | Should -BeLessThan 30
        $late | Should -HaveCount 1
        $late[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $late[0].Exception.Message | Should -Match 'did not reach ACTIVE within 3 s; last status SHUTOFF\.$'
    }

    It 'waits until deleted servers are gone with -Status DELETED; without it a deleted server is an error' {
        $all = @($servers) + @($broken)
        $all | Remove-OSServer -Force
        $all | Wait-OSServer -Status DELETED -TimeoutSec 120 | Should -BeNullOrEmpty
        @(Get-OSServer -Name "$prefix*") | Should -HaveCount 0
        $servers[0] | Wait-OSServer -ErrorAction SilentlyContinue -ErrorVariable gone
        $gone | Should -HaveCount 1
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $gone[0].Exception.Message | Should -Match "No server has the name or id '$($servers[0].Id)'"
    }

    It 'waits for volumes created without -Wait; one Cinder cannot place ends in error' {
        $type = Invoke-OSApi volumev3 types -Method POST -Session $admin -Body @{ volume_type = @{ name = "$prefix-nobackend"; extra_specs = @{ volume_backend_name = 'no-such-backend' } } }
        $volumes = @(1, 2 | ForEach-Object { New-OSVolume -Name "$prefix-v$_" -Size 1 -Session $admin })
        $volumes += New-OSVolume -Name "$prefix-bad" -Size 1 -VolumeType "$prefix-nobackend" -Session $admin
        $ready = $volumes | Wait-OSVolume -PassThru -TimeoutSec 120 -Session $admin -ErrorAction SilentlyContinue -ErrorVariable failed
        @($ready | Sort-Object Name).Name | Should -Be @("$prefix-v1", "$prefix-v2")
        $ready.Status | Should -Be @('available', 'available')
        $failed | Should -HaveCount 1
        # The reason is Cinder's user message about the volume, as openstack volume message list shows it.
        $failed[0].Exception.Message | Should -Match "^volume $prefix-bad \(.+\) went to status error: schedule allocate volume:Could not find any available weighted backend\.$"
        $failed[0].TargetObject | Should -Be $volumes[2].Id
    }

    It 'waits for an image until its data is uploaded by another thread' {
        $file = Join-Path $TestDrive image.raw
        [System.IO.File]::WriteAllBytes($file, [byte[]]::new(64KB))
        # Glance takes an upload in one request here, so the image is made without data and filled while the wait runs.
        $image = New-OSImage -Name "$prefix-img" -DiskFormat raw
        $image.Status | Should -Be 'queued'
        $session = Get-OSSession
        $id = $image.Id
        $upload = Start-ThreadJob -InitializationScript ([scriptblock]::Create("Import-Module '$ModuleManifest'")) {
            Start-Sleep -Seconds 3
            Invoke-OSApi image "images/$using:id/file" -Method PUT -InFile $using:file -ContentType application/octet-stream -Session $using:session
        }
        $started = Get-Date
        $done = $image | Wait-OSImage -PassThru -TimeoutSec 30
        ((Get-Date) - $started).TotalSeconds | Should -BeGreaterThan 2
        $done.Id | Should -Be $image.Id
        $done.Status | Should -Be 'active'
        $upload | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        (Wait-OSImage "$prefix-img" -PassThru).Size | Should -Be 64KB -Because 'a name is found as elsewhere'
    }

    It 'stops waiting at Ctrl+C' {
        # An image without data stays queued: the wait could only end at its timeout.
        $image = New-OSImage -Name "$prefix-stop" -DiskFormat raw
        $ps = [powershell]::Create()
        $null = $ps.AddScript('param($Manifest, $Session, $Id) Import-Module $Manifest; Wait-OSImage $Id -Session $Session -TimeoutSec 600').
            AddArgument($ModuleManifest).AddArgument((Get-OSSession)).AddArgument($image.Id)
        try {
            $running = $ps.BeginInvoke()
            Start-Sleep -Seconds 4
            $ps.InvocationStateInfo.State | Should -Be 'Running'
            $started = Get-Date
            $ps.Stop()
            ((Get-Date) - $started).TotalSeconds | Should -BeLessThan 5
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally { $ps.Dispose() }
    }
}
