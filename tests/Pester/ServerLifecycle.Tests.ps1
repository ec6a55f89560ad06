#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# A server's life after boot against the local Nova (fake driver): pause, rescue, shelve, rebuild, resize and
# snapshot as a user of the demo project types them, each -Wait checked against `openstack server show`, and
# Nova's 409 for an operation in the wrong state.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix life
    function Show-Server([string] $Id) {
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        & openstack --os-cloud testcloud-demo --os-compute-api-version 2.79 server show -f json $Id | ConvertFrom-Json
    }
}

Describe 'Server lifecycle' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud testcloud-demo
        $servers = @(1, 2 | ForEach-Object { New-OSServer -Name "$prefix-$_" -Image testcloud-image -Flavor m1.nano -Network private -Wait -TimeoutSec 180 })
        $server = $servers[0]
    }
    AfterAll {
        Get-OSServer -Name "$prefix*" | Remove-OSServer -Force -Wait -TimeoutSec 120
        Get-OSImage -Name "$prefix*" | Remove-OSImage -Force
        Disconnect-OpenStack
    }

    It '<Step> waits until <Status>, as openstack server show sees it' -ForEach @(
        @{ Step = { $server | Suspend-OSServer -Pause -Wait -PassThru }; Status = 'PAUSED' }
        @{ Step = { $server | Resume-OSServer -Unpause -Wait -PassThru }; Status = 'ACTIVE' }
        @{ Step = { $server | Enter-OSServerRescue -Wait -PassThru }; Status = 'RESCUE' }
        @{ Step = { $server | Exit-OSServerRescue -Wait -PassThru }; Status = 'ACTIVE' }
        @{ Step = { $server | Suspend-OSServer -Shelve -Wait -PassThru }; Status = 'SHELVED_OFFLOADED' }
        @{ Step = { $server | Resume-OSServer -Unshelve -Wait -PassThru }; Status = 'ACTIVE' }
        @{ Step = { $server | Reset-OSServer -Image testcloud-image -Force -Wait -PassThru }; Status = 'ACTIVE' }
        @{ Step = { $server | Resize-OSServer -Flavor m1.tiny -Wait -PassThru }; Status = 'VERIFY_RESIZE' }
        @{ Step = { $server | Confirm-OSServerResize -Wait -PassThru }; Status = 'ACTIVE' }
        @{ Step = { $server | Resize-OSServer -Flavor m1.nano -Wait -PassThru }; Status = 'VERIFY_RESIZE' }
        @{ Step = { $server | Undo-OSServerResize -Wait -PassThru }; Status = 'ACTIVE' }
    ) {
        $out = & { $VerbosePreference = 'Continue'; & $Step } 4>&1
        $result = $out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message | Where-Object { $_ -like "Server $($server.Id):*" })
        $result.Status | Should -Be $Status
        $verbose[-1] | Should -Match "^Server $($server.Id): $Status after \d+ s\.$"
        $shown = Show-Server $server.Id
        $shown.status | Should -Be $Status
        $shown.'OS-EXT-STS:task_state' | Should -BeNullOrEmpty
        $shown.name | Should -Be $result.Name
    }

    It "takes OpenStack's words: Rebuild-OSServer and Revert-OSServerResize run their cmdlets" {
        (Get-Alias Rebuild-OSServer).ResolvedCommand.Name | Should -Be 'Reset-OSServer'
        (Get-Alias Revert-OSServerResize).ResolvedCommand.Name | Should -Be 'Undo-OSServerResize'
        ($server | Rebuild-OSServer -Image testcloud-image -Force -Wait -PassThru).Status | Should -Be 'ACTIVE'
        ($server | Resize-OSServer -Flavor m1.nano -Wait -PassThru).Status | Should -Be 'VERIFY_RESIZE'
        ($server | Revert-OSServerResize -Wait -PassThru).Status | Should -Be 'ACTIVE'
        (Show-Server $server.Id).status | Should -Be 'ACTIVE'
    }

    It 'ends on the flavor it had after a revert, and on the new one after -AutoConfirm' {
        (Get-OSServer -Id $server.Id).Flavor.OriginalName | Should -Be 'm1.tiny'
        $resized = $server | Resize-OSServer -Flavor m1.nano -AutoConfirm -Wait -PassThru
        $resized.Status | Should -Be 'ACTIVE'
        $resized.Flavor.OriginalName | Should -Be 'm1.nano'
        (Show-Server $server.Id).flavor | Should -Match 'm1.nano'
    }

    It 'pauses and unpauses several servers from the pipeline, one at a time with -ThrottleLimit 1' {
        $paused = @($servers | Suspend-OSServer -Pause -Wait -PassThru -ThrottleLimit 1)
        $paused.Status | Should -Be @('PAUSED', 'PAUSED')
        @($servers | Resume-OSServer -Unpause -Wait -PassThru -ThrottleLimit 1).Status | Should -Be @('ACTIVE', 'ACTIVE')
    }

    It "is Nova's 409 with its request id in the wrong state, and goes on" {
        Stop-OSServer -Id $servers[1].Id -Wait
        Suspend-OSServer -Id $servers[1].Id -Pause -ErrorVariable paused -ErrorAction SilentlyContinue
        Resume-OSServer -Id $server.Id -Unshelve -ErrorVariable unshelved -ErrorAction SilentlyContinue
        $paused[0].Exception.Message | Should -Match "Cannot 'pause' instance $($servers[1].Id) while it is in vm_state stopped \(HTTP 409, .*request req-"
        $paused[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
        $unshelved[0].Exception.Message | Should -Match "Cannot 'unshelve' instance $($server.Id) while it is in vm_state active \(HTTP 409, .*request req-"
        Start-OSServer -Id $servers[1].Id -Wait
    }

    It 'snapshots a server to a Glance image; the alias is the same cmdlet' {
        $image = $server | New-OSServerSnapshot -Name "$prefix-snap" -Metadata @{ purpose = 'pester' }
        $image.PSObject.TypeNames[0] | Should -Be 'OpenStack.Client.Image.Image'
        $image.Properties['purpose'] | Should -Be 'pester'
        $image.Properties['instance_uuid'] | Should -Be $server.Id
        (Get-OSImage -Id $image.Id).Name | Should -Be "$prefix-snap"
    }

    It 'says when the snapshot gets no data (the fake driver uploads none) instead of waiting out -TimeoutSec' {
        # Let the previous snapshot's task end first (Nova refuses a second one meanwhile: 409).
        for ($i = 0; $i -lt 30 -and (Get-OSServer -Id $server.Id).TaskState; $i++) { Start-Sleep 1 }
        $took = Measure-Command { New-OSServerImage -Server $server.Id -Name "$prefix-snap2" -Wait -TimeoutSec 300 -ErrorVariable failed -ErrorAction SilentlyContinue }
        $took.TotalSeconds | Should -BeLessThan 60
        $failed[0].Exception.Message | Should -Match 'is still queued: no image data was uploaded'
    }

    It 'sends nothing with -WhatIf' {
        $trace = & { $server | Reset-OSServer -Image testcloud-image -WhatIf -Verbose; $server | Resize-OSServer -Flavor m1.tiny -WhatIf -Verbose } 4>&1 | ForEach-Object { "$_" }
        $trace | Where-Object { $_ -match '^HTTP (POST|PUT|PATCH|DELETE) ' -and $_ -notmatch '/auth/tokens' } | Should -BeNullOrEmpty
        (Get-OSServer -Id $server.Id).Status | Should -Be 'ACTIVE'
    }
}
