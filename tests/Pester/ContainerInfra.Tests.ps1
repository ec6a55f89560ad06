#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Magnum against the local cloud. Templates work in full. A cluster of Magnum's Fedora Atomic driver is accepted and
# then fails at once (Heat refuses the stack's parameters): what the user must see is the reason, which these tests
# check; the cluster is then deleted. A cluster that Heat builds until its timeout is in the hosted ContainerInfraTests.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix magnum
}

Describe 'Cluster templates and clusters' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        # What a Kubernetes template names: an image Magnum recognises (os_distro) and a keypair.
        $file = Join-Path $TestDrive atomic.qcow2
        [System.IO.File]::WriteAllBytes($file, [byte[]]::new(64KB))
        $image = New-OSImage -Name "$prefix-atomic" -File $file -DiskFormat qcow2 -Property @{ os_distro = 'fedora-atomic' } -Wait
        $keypair = New-OSKeypair -Name "$prefix-key" -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv pester'
    }
    AfterAll {
        Get-OSCluster -Name "$prefix*" | Remove-OSCluster -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue
        Get-OSClusterTemplate -Name "$prefix*" | Remove-OSClusterTemplate -Force -ErrorAction SilentlyContinue
        Get-OSImage -Name "$prefix*" | Remove-OSImage -Force
        Remove-OSKeypair -Name "$prefix-key" -Force
        Disconnect-OpenStack
    }

    It 'creates, lists, updates and removes a template' {
        $template = New-OSClusterTemplate -Name "$prefix-k8s" -Coe kubernetes -Image "$prefix-atomic" -Keypair "$prefix-key" -ExternalNetwork public `
            -DnsNameserver 8.8.8.8 -Flavor m1.small -DockerVolumeSize 5 -NetworkDriver flannel -Label @{ backend = 'vxlan'; 'network-subnetlen' = '22' }
        $template.Coe | Should -Be 'kubernetes'
        $template.ImageId | Should -Be $image.Id
        $template.Labels['backend'] | Should -Be 'vxlan'
        (Get-OSClusterTemplate -Id $template.Uuid).Name | Should -Be "$prefix-k8s"
        Get-OSClusterTemplate "$prefix-k8s" | Format-Table | Out-String -Width 200 | Should -Match 'kubernetes\s+False\s+flannel'
        (Get-OSClusterTemplate | Where-Object Name -like "$prefix*" | Select-Object -ExpandProperty Coe) | Should -Be 'kubernetes'
        $updated = $template | Set-OSClusterTemplate -DockerVolumeSize 10 -Label @{ backend = 'udp' } -RemoveLabel network-subnetlen -PassThru
        $updated.DockerVolumeSize | Should -Be 10
        $updated.Labels['backend'] | Should -Be 'udp'
        $updated.Labels.ContainsKey('network-subnetlen') | Should -BeFalse
        (Get-OSClusterTemplate -Id $template.Uuid | ConvertTo-Json -Depth 5 -WarningAction Ignore | ConvertFrom-Json).Labels.backend | Should -Be 'udp'
        Remove-OSClusterTemplate "$prefix-k8s" -WhatIf
        @(Get-OSClusterTemplate -Name "$prefix-k8s").Count | Should -Be 1
        Remove-OSClusterTemplate "$prefix-k8s" -Confirm:$false
        @(Get-OSClusterTemplate -Name "$prefix-k8s").Count | Should -Be 0
    }

    It 'checks names through the other services before Magnum is asked' {
        New-OSClusterTemplate -Name "$prefix-bad" -Coe kubernetes -Image no-such-image -ExternalNetwork public -ErrorAction SilentlyContinue -ErrorVariable bad
        New-OSCluster -Name "$prefix-bad" -ClusterTemplate no-such-template -ErrorAction SilentlyContinue -ErrorVariable +bad
        $bad | Should -HaveCount 2
        $bad.CategoryInfo.Category | Should -Be @('ObjectNotFound', 'ObjectNotFound')
        $bad[1].Exception.Message | Should -Match "no-such-template"
        @(Get-OSClusterTemplate -Name "$prefix-bad").Count | Should -Be 0
    }

    It 'accepts a cluster, reports its failure with Magnum''s reason, lists its node groups and refuses to resize it' {
        $template = New-OSClusterTemplate -Name "$prefix-tpl" -Coe kubernetes -Image "$prefix-atomic" -ExternalNetwork public -Flavor m1.small -Keypair "$prefix-key"
        New-OSCluster -Name "$prefix-c" -ClusterTemplate $template.Uuid -NodeCount 2 -MasterCount 1 -Label @{ role = 'pester' } -Wait -TimeoutSec 300 `
            -ErrorAction SilentlyContinue -ErrorVariable created
        $cluster = Get-OSCluster "$prefix-c"
        $cluster.Status | Should -Be 'CREATE_FAILED'
        $cluster.StatusReason | Should -Not -BeNullOrEmpty
        $cluster.Labels['role'] | Should -Be 'pester'
        $created[0].Exception.Message | Should -Match 'went to status CREATE_FAILED'
        (Get-OSCluster -Id $cluster.Uuid).Name | Should -Be "$prefix-c"
        Get-OSCluster -Name "$prefix*" | Format-Table | Out-String -Width 200 | Should -Match 'CREATE_FAILED'
        (Get-OSClusterNodeGroup $cluster.Uuid | Sort-Object Role | ForEach-Object { "$($_.Role):$($_.NodeCount)" }) | Should -Be @('master:1', 'worker:2')
        (Get-OSClusterNodeGroup -Cluster "$prefix-c" -Name default-worker).NodeCount | Should -Be 2
        $cluster | Resize-OSCluster -NodeCount 3 -ErrorAction SilentlyContinue -ErrorVariable resize
        $resize[0].Exception.Message | Should -Match 'Magnum resizes only clusters whose last operation completed'
        Remove-OSCluster $cluster.Uuid -WhatIf
        (Get-OSCluster -Id $cluster.Uuid).Status | Should -Be 'CREATE_FAILED'
    }

    It 'Wait-OSCluster ends with Magnum''s reason on CREATE_FAILED, unless that is the status asked for' {
        $cluster = Get-OSCluster "$prefix-c"
        $cluster | Wait-OSCluster -TimeoutSec 60 -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -Match '^OpenStack\.ResourceFailed'
        $failed[0].Exception.Message | Should -BeLike "cluster $prefix-c ($($cluster.Uuid)) went to status CREATE_FAILED: $($cluster.StatusReason.Trim().TrimEnd('.'))*"
        ($cluster | Wait-OSCluster -Status CREATE_COMPLETE, CREATE_FAILED -PassThru).Uuid | Should -Be $cluster.Uuid
    }
}
