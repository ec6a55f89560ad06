#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Heat against the local cloud, the life of a stack that builds: a server, a network, a subnet and a volume created
# with -Wait, its outputs, resources, events and template read, a parameter changed (previewed, then seen in the
# events), suspended, resumed and removed; events followed as they happen; a template Heat refuses and a resource that
# fails while built; and a template of two files. The hosted OrchestrationTests run the same scenarios in the engine,
# against the openstack CLI. Stacks are named pester-heat-*.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix heat
}

Describe 'Stacks' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud testcloud-demo
        $template = Join-Path $TestDrive stack.yaml
        Set-Content -Path $template -Value @"
heat_template_version: 2018-08-31
parameters:
  size: {type: number, default: 1, description: Volume size in GB}
resources:
  net: {type: OS::Neutron::Net}
  sub:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: 10.$(Get-Random -Minimum 100 -Maximum 250).$(Get-Random -Maximum 250).0/24}
  vol:
    type: OS::Cinder::Volume
    properties: {size: {get_param: size}}
  srv:
    type: OS::Nova::Server
    depends_on: sub
    properties: {image: testcloud-image, flavor: m1.nano, networks: [{network: {get_resource: net}}]}
outputs:
  ip: {value: {get_attr: [srv, first_address]}}
  volume: {value: {get_resource: vol}}
"@
    }
    AfterAll {
        Get-OSStack -Name "$prefix*" | Remove-OSStack -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue
        Disconnect-OpenStack
    }

    It 'validates, creates with -Wait, reads, updates, suspends, resumes and removes a stack' {
        $check = Test-OSStackTemplate -TemplateFile $template
        $check.Parameters.Keys | Should -Contain 'size'
        $stack = New-OSStack "$prefix-s" -TemplateFile $template -Tag pester -Wait -TimeoutSec 180
        $stack.Status | Should -Be 'CREATE_COMPLETE'
        (Get-OSStack -Tag pester | Where-Object Name -eq "$prefix-s").Id | Should -Be $stack.Id
        (Get-OSStack -Status CREATE_COMPLETE | Where-Object Name -eq "$prefix-s").Id | Should -Be $stack.Id
        $stack | Get-OSStack | Format-Table | Out-String -Width 200 | Should -Match "$prefix-s\s+CREATE_COMPLETE"
        # An administrator lists every project's stacks (the local cloud's Heat policy allows it to admins).
        $admin = Connect-OpenStack -Cloud testcloud-admin -PassThru
        Connect-TestCloud testcloud-demo | Out-Null
        (Get-OSStack -AllProjects -Session $admin | Where-Object Id -eq $stack.Id).Name | Should -Be "$prefix-s"

        $out = Get-OSStackOutput $stack
        $out.ip | Should -Match '^10\.'
        $resources = Get-OSStackResource "$prefix-s"
        ($resources.Name | Sort-Object) | Should -Be @('net', 'srv', 'sub', 'vol')
        (Get-OSStackResource "$prefix-s" vol).PhysicalId | Should -Be $out.volume
        (Get-OSVolume -Id $out.volume).Size | Should -Be 1
        (Get-OSStackTemplate "$prefix-s" -AsObject).resources.srv.type | Should -Be 'OS::Nova::Server'

        $preview = Update-OSStack "$prefix-s" -Existing -Parameter @{ size = 2 } -DryRun
        $preview.Updated + $preview.Replaced | Should -Contain 'vol'
        $preview.Unchanged | Should -Contain 'net'
        (Get-OSVolume -Id $out.volume).Size | Should -Be 1

        (Update-OSStack "$prefix-s" -Existing -Parameter @{ size = 2 } -Wait -TimeoutSec 180).Status | Should -Be 'UPDATE_COMPLETE'
        (Get-OSVolume -Id (Get-OSStackOutput "$prefix-s" -Key volume)).Size | Should -Be 2
        $events = Get-OSStackEvent "$prefix-s" -Resource vol -Newest
        $events[0].Status | Should -Be 'UPDATE_COMPLETE'
        $events.Status | Should -Contain 'UPDATE_IN_PROGRESS'

        (Suspend-OSStack "$prefix-s" -Wait).Status | Should -Be 'SUSPEND_COMPLETE'
        (Get-OSServer -Id (Get-OSStackResource "$prefix-s" srv).PhysicalId).Status | Should -Be 'SUSPENDED'
        (Resume-OSStack "$prefix-s" -Wait).Status | Should -Be 'RESUME_COMPLETE'

        Remove-OSStack "$prefix-s" -WhatIf
        @(Get-OSStack -Name "$prefix-s").Count | Should -Be 1
        $stack | Remove-OSStack -Force -Wait -TimeoutSec 180
        @(Get-OSStack -Name "$prefix-s").Count | Should -Be 0
        Get-OSVolume -Id $out.volume -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'Wait-OSStack waits on stacks created without -Wait; a failed or rolled-back one is an error with Heat''s reason' {
        $ok = "heat_template_version: 2018-08-31`nresources:`n  r: {type: OS::Heat::RandomString}"
        $bad = "heat_template_version: 2018-08-31`nresources:`n  t: {type: OS::Heat::TestResource, properties: {fail: true}}"
        $stacks = @(
            New-OSStack "$prefix-w-ok" -Template $ok
            New-OSStack "$prefix-w-bad" -Template $bad
            New-OSStack "$prefix-w-back" -Template $bad -EnableRollback)
        $stacks.Count | Should -Be 3
        $done = @($stacks | Wait-OSStack -TimeoutSec 120 -PassThru -ErrorAction SilentlyContinue -ErrorVariable failed)
        $done.Name | Should -Be "$prefix-w-ok"
        $done.Status | Should -Be 'CREATE_COMPLETE'
        $failed.Count | Should -Be 2
        $messages = $failed.Exception.Message | Sort-Object
        $messages[0] | Should -Match "^stack $prefix-w-back \(\S+\) went to status ROLLBACK_COMPLETE: .+"
        $messages[1] | Should -Match "^stack $prefix-w-bad \(\S+\) went to status CREATE_FAILED: Resource CREATE failed: .+"
        @($failed | Where-Object { $_.CategoryInfo.Category -eq 'InvalidResult' }).Count | Should -Be 2
        # Asked for, a rollback is an outcome rather than an error.
        (Wait-OSStack "$prefix-w-back" -Status ROLLBACK_COMPLETE -PassThru).Status | Should -Be 'ROLLBACK_COMPLETE'

        $stacks | Remove-OSStack -Force
        $stacks | Wait-OSStack -Status DELETED -TimeoutSec 120
        # Heat may still list a stack it has just deleted, as DELETE_COMPLETE.
        @(Get-OSStack -Name "$prefix-w-*" | Where-Object Status -ne DELETE_COMPLETE).Count | Should -Be 0
    }

    It 'follows a stack''s events as they happen, and ends when its operation ends' {
        # Two resources that take a few seconds each, one after the other.
        $slow = "heat_template_version: 2018-08-31`nresources:`n  a: {type: OS::Heat::TestResource, properties: {wait_secs: 3}}`n" +
            "  b: {type: OS::Heat::TestResource, depends_on: a, properties: {wait_secs: 3}}"
        $stack = New-OSStack "$prefix-follow" -Template $slow
        $seen = @{ First = $null }
        $events = @($stack | Get-OSStackEvent -Follow | ForEach-Object {
                # The first event comes while the stack is still being built: written as it happens, not at the end.
                if (-not $seen.First) { $seen.First = (Get-OSStack -Id $stack.Id).Status }
                $_
            })
        $seen.First | Should -Be 'CREATE_IN_PROGRESS'
        (Get-OSStack -Id $stack.Id).Status | Should -Be 'CREATE_COMPLETE' -Because '-Follow ends when the operation does'
        ($events | ForEach-Object { "$($_.ResourceName) $($_.Status)" }) | Should -Be @(
            "$prefix-follow CREATE_IN_PROGRESS", 'a CREATE_IN_PROGRESS', 'a CREATE_COMPLETE', 'b CREATE_IN_PROGRESS', 'b CREATE_COMPLETE',
            "$prefix-follow CREATE_COMPLETE")
        @($events.Id | Select-Object -Unique).Count | Should -Be $events.Count
        # A stack whose operation is over: the events so far, and the command ends at once.
        @(Get-OSStackEvent $stack -Follow -Resource b).Status | Should -Be @('CREATE_IN_PROGRESS', 'CREATE_COMPLETE')
        { Get-OSStackEvent $stack -Follow -Newest } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
    }

    It 'refuses a template with Heat''s message, and a resource that fails ends -Wait with the reason' {
        $bad = "heat_template_version: 2018-08-31`nresources:`n  net:`n    type: OS::Neutron::Net`n    propertiez: {}"
        Test-OSStackTemplate -Template $bad -ErrorAction SilentlyContinue -ErrorVariable refused | Should -BeNullOrEmpty
        New-OSStack "$prefix-bad" -Template $bad -Wait -ErrorAction SilentlyContinue -ErrorVariable +refused | Should -BeNullOrEmpty
        $refused.Count | Should -Be 2
        foreach ($e in $refused) {
            $e.Exception.Message | Should -Match '"propertiez" is not a valid keyword inside a resource definition'
            $e.Exception.Message | Should -Match 'HTTP 400'
        }
        @(Get-OSStack -Name "$prefix-bad").Count | Should -Be 0

        # The image comes from another resource, so Heat cannot check it before the build: the server fails while built.
        $noImage = "heat_template_version: 2018-08-31`nresources:`n  image: {type: OS::Heat::Value, properties: {value: no-such-image-anywhere}}`n" +
            "  srv:`n    type: OS::Nova::Server`n    properties: {image: {get_attr: [image, value]}, flavor: m1.nano, networks: [{network: private}]}"
        New-OSStack "$prefix-fail" -Template $noImage -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $failed[0].TargetObject | Should -Be "$prefix-fail"
        $failed[0].Exception.Message | Should -Match "^Stack $prefix-fail went to status CREATE_FAILED: .*First failed resource: srv CREATE_FAILED: .*no-such-image-anywhere"
        (Get-OSStack "$prefix-fail").Status | Should -Be 'CREATE_FAILED'
        Remove-OSStack "$prefix-fail" -Force -Wait -TimeoutSec 120
    }

    It 'sends the files a template refers to: a nested template and get_file' {
        $dir = New-Item -ItemType Directory (Join-Path $TestDrive two)
        New-Item -ItemType Directory (Join-Path $dir files) | Out-Null
        Set-Content (Join-Path $dir files/motd.txt) -Value 'hello from a file' -NoNewline
        Set-Content (Join-Path $dir inner.yaml) -Value @'
heat_template_version: 2018-08-31
parameters:
  length: {type: number}
resources:
  secret: {type: OS::Heat::RandomString, properties: {length: {get_param: length}}}
  motd: {type: OS::Heat::Value, properties: {value: {get_file: files/motd.txt}}}
outputs:
  length: {value: {get_param: length}}
  motd: {value: {get_attr: [motd, value]}}
'@
        Set-Content (Join-Path $dir main.yaml) -Value @'
heat_template_version: 2018-08-31
resources:
  inner:
    type: inner.yaml
    properties: {length: 12}
outputs:
  motd: {value: {get_attr: [inner, motd]}}
  length: {value: {get_attr: [inner, length]}}
'@
        $stack = New-OSStack "$prefix-two" -TemplateFile (Join-Path $dir main.yaml) -Wait -TimeoutSec 120
        $stack.Status | Should -Be 'CREATE_COMPLETE'
        $out = Get-OSStackOutput "$prefix-two"
        $out.motd | Should -Be 'hello from a file'
        $out.length | Should -Be 12
        (Get-OSStackResource "$prefix-two" -NestedDepth 1).Name | Should -Contain 'secret'
        @(Get-OSStack -Nested | Where-Object Parent -eq $stack.Id).Count | Should -Be 1
        Remove-OSStack "$prefix-two" -Force -Wait -TimeoutSec 120
    }
}
