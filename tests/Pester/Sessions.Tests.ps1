#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Several connections at once against the local cloud: connections kept by name (Get-OSSession -All, Select-OSSession,
# -Session <name>, Disconnect-OpenStack -Name/-All), runspaces started from a connected one (ForEach-Object -Parallel,
# Start-ThreadJob) finding the connections without $using:, one re-authentication for 8 threads after the token was
# revoked, clouds.yaml at hand (Get-OSCloud, completion of -Cloud) and Export-OSCloudConfig read back by
# Connect-OpenStack and by the openstack CLI.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $demoPassword = Get-TestCloudSetting testcloud-demo password
    $adminPassword = Get-TestCloudSetting testcloud-admin password
    $work = Join-Path ([System.IO.Path]::GetTempPath()) (New-TestPrefix sessions)
    $null = New-Item -ItemType Directory $work
    # Runspaces started from this one import the module by name, as a user's would.
    $modules = Split-Path (Split-Path $ModuleManifest)
    if (($env:PSModulePath -split [System.IO.Path]::PathSeparator) -notcontains $modules) {
        $env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
    }
    function Get-Secrets([string] $Path) {
        $text = Get-Content -Raw $Path
        @($demoPassword, $adminPassword) | Where-Object { $text.Contains($_) }
    }
}

AfterAll {
    Disconnect-OpenStack -All -ErrorAction Ignore
    Remove-Item -Recurse -Force $work -ErrorAction Ignore
    $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
}

Describe 'Several connections at once' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        Disconnect-OpenStack -All
    }
    AfterAll { Disconnect-OpenStack -All -ErrorAction Ignore }

    It 'keeps each connection by name, lists them, switches and disconnects one' {
        Connect-OpenStack -Cloud testcloud-admin
        Connect-OpenStack -Cloud testcloud-demo -Name the-demo
        $all = Get-OSSession -All
        $all.Name | Should -Be @('testcloud-admin', 'the-demo')
        ($all | Where-Object IsCurrent).Name | Should -Be 'the-demo'
        ($all | Where-Object Name -eq testcloud-admin).Scope | Should -Be 'admin'
        (Get-OSSession).ProjectName | Should -Be 'demo'

        # -Session takes a name; the current connection stays the demo one.
        (Get-OSProject -Session testcloud-admin -Name admin).Name | Should -Be 'admin'
        (Get-OSSession).Name | Should -Be 'the-demo'

        Select-OSSession testcloud-admin
        (Get-OSSession).ProjectName | Should -Be 'admin'
        Get-OSSession -All | Where-Object Name -eq the-demo | Select-OSSession -PassThru | ForEach-Object Name | Should -Be 'the-demo'

        Disconnect-OpenStack -Name the-demo
        (Get-OSSession -All).Name | Should -Be @('testcloud-admin')
        { Get-OSSession -ErrorAction Stop } | Should -Throw '*Not connected*'
        Select-OSSession testcloud-admin
        (Get-OSSession).Name | Should -Be 'testcloud-admin'
    }

    It 'says which names exist when a name is unknown' {
        Connect-OpenStack -Cloud testcloud-admin
        { Get-OSServer -Session no-such-connection } | Should -Throw "*No connection is named 'no-such-connection'; connections: testcloud-admin*"
        Select-OSSession no-such-connection -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OpenStack.SessionNotFound*'
    }

    It 'replaces a connection of the same name, and -All disconnects every one' {
        $first = Connect-OpenStack -Cloud testcloud-demo -Name twice -PassThru
        $second = Connect-OpenStack -Cloud testcloud-admin -Name twice -PassThru
        (Get-OSSession -All | Where-Object Name -eq twice).Session | Should -Be $second
        [object]::ReferenceEquals($first, $second) | Should -BeFalse
        Disconnect-OpenStack -All -WhatIf
        (Get-OSSession -All).Count | Should -BeGreaterThan 0
        Disconnect-OpenStack -All
        @(Get-OSSession -All).Count | Should -Be 0
        $second.IsDisposed | Should -BeTrue
    }

    It 'completes connection names for -Session and Select-OSSession' {
        Connect-OpenStack -Cloud testcloud-admin -Name complete-me
        $line = 'Get-OSFlavor -Session complete'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('complete-me')
        $line = 'Select-OSSession compl'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('complete-me')
        Disconnect-OpenStack -Name complete-me
    }
}

Describe 'Runspaces started from a connected one' -Skip:$SkipCloud {
    BeforeAll { Disconnect-OpenStack -All -ErrorAction Ignore }
    AfterAll { Disconnect-OpenStack -All -ErrorAction Ignore }

    It 'find the connections without $using: in ForEach-Object -Parallel and Start-ThreadJob' {
        Connect-OpenStack -Cloud testcloud-admin
        Connect-OpenStack -Cloud testcloud-demo
        $seen = 1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
            '{0}:{1}:{2}' -f (Get-OSSession).Name, (Get-OSProject -Session testcloud-admin -Name admin).Name, @(Get-OSFlavor -Name m1.nano).Count
        }
        $seen | Should -Be @('testcloud-demo:admin:1', 'testcloud-demo:admin:1', 'testcloud-demo:admin:1')
        Select-OSSession testcloud-admin
        $job = Start-ThreadJob { (Get-OSSession).Name; (Get-OSSession -All).Name -join ',' }
        $job | Wait-Job -Timeout 60 | Receive-Job | Should -Be @('testcloud-admin', 'testcloud-admin,testcloud-demo')
        $job | Remove-Job
    }

    It 'run a long cmdlet with -Wait as a thread job that Receive-Job understands' {
        Connect-OpenStack -Cloud testcloud-demo
        $name = New-TestPrefix job-volume
        $job = Start-ThreadJob -ArgumentList $name { param($n) New-OSVolume -Name $n -Size 1 -Wait }
        $volume = $job | Receive-Job -Wait -AutoRemoveJob
        try {
            $volume.Name | Should -Be $name
            $volume.Status | Should -Be 'available'
        } finally {
            Get-OSVolume -Name $name | Remove-OSVolume -Force -Wait
        }
    }

    It 'keep a connection made inside them to themselves' {
        Connect-OpenStack -Cloud testcloud-demo
        $inside = 1 | ForEach-Object -Parallel {
            Connect-OpenStack -Cloud testcloud-admin -Name made-inside
            (Get-OSSession).Name
        }
        $inside | Should -Be 'made-inside'
        (Get-OSSession).Name | Should -Be 'testcloud-demo'
        (Get-OSSession -All).Name | Should -Not -Contain 'made-inside'
        # Disconnecting there forgets this runspace's connections there only: they stay open here.
        $left = 1 | ForEach-Object -Parallel { Disconnect-OpenStack -All; @(Get-OSSession -All).Count }
        $left | Should -Be 0
        (Get-OSSession).IsDisposed | Should -BeFalse
        @(Get-OSFlavor -Name m1.nano).Count | Should -Be 1
    }

    It 'are not given a connection by a runspace they were not started from' {
        Connect-OpenStack -Cloud testcloud-demo
        # With the flow of the execution context suppressed, the new runspace starts as one of an unrelated host would.
        $flow = [System.Threading.ExecutionContext]::SuppressFlow()
        try {
            $ps = [powershell]::Create()
            $null = $ps.AddScript('Import-Module OpenStack; try { (Get-OSSession -ErrorAction Stop).Name } catch { "none: " + $_.FullyQualifiedErrorId }')
            $async = $ps.BeginInvoke()
        } finally { $flow.Undo() }
        $ps.EndInvoke($async) | Should -BeLike 'none: OpenStack.NotConnected*'
        $ps.Dispose()
        # The same start without the suppression finds the connection: the test above can fail.
        $ps = [powershell]::Create()
        $null = $ps.AddScript('Import-Module OpenStack; (Get-OSSession).Name')
        $ps.EndInvoke($ps.BeginInvoke()) | Should -Be 'testcloud-demo'
        $ps.Dispose()
    }

    It 'share one re-authentication across 8 threads and 400 calls after the token was revoked' {
        # A token no service has seen yet: the services' token caches cannot keep accepting it once revoked.
        $s = Connect-OpenStack -Cloud testcloud-demo -Name revoked -PassThru
        $before = $s.AuthenticationCount
        $s.RevokeAsync([System.Threading.CancellationToken]::None).GetAwaiter().GetResult()
        # Keystone refuses, within the second of a revocation, tokens issued in that second too.
        Start-Sleep -Milliseconds 1100
        $out = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            $calls = 0
            foreach ($i in 1..50) {
                $records = Get-OSFlavor -Id 1 -Session revoked -Verbose 4>&1
                foreach ($r in $records) {
                    if ($r -is [System.Management.Automation.VerboseRecord]) { if ($r.Message -like 'Authenticating again with Keystone*') { 'reauthenticated' } }
                    elseif ($r.Name -eq 'm1.tiny') { $calls++ }
                }
            }
            "calls $calls"
        }
        ($out | Where-Object { $_ -like 'calls *' } | ForEach-Object { [int]($_ -replace 'calls ') } | Measure-Object -Sum).Sum | Should -Be 400
        @($out | Where-Object { $_ -eq 'reauthenticated' }).Count | Should -Be 1
        $s.AuthenticationCount - $before | Should -Be 1
    }
}

Describe 'clouds.yaml at hand' -Skip:$SkipCloud {
    BeforeAll {
        $yaml = Join-Path $work 'clouds.yaml'
        $secure = Join-Path $work 'secure.yaml'
        @"
clouds:
  alpha:
    auth:
      auth_url: http://alpha.example.com:5000/v3
      username: ann
      project_name: web
      user_domain_name: Default
    region_name: RegionTwo
  beta:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://beta.example.com/identity/v3
      application_credential_id: 0123abcd
    region_name: East
"@ | Set-Content $yaml
        @"
clouds:
  alpha:
    auth:
      password: s3cret-alpha-Value
  beta:
    auth:
      application_credential_secret: s3cret-beta-Value
"@ | Set-Content $secure
        $saved = $env:OS_CLIENT_CONFIG_FILE, $env:OS_CLIENT_SECURE_FILE
        $env:OS_CLIENT_CONFIG_FILE = $yaml
        $env:OS_CLIENT_SECURE_FILE = $secure
    }
    AfterAll {
        $env:OS_CLIENT_CONFIG_FILE, $env:OS_CLIENT_SECURE_FILE = $saved
        if (-not $env:OS_CLIENT_SECURE_FILE) { Remove-Item env:OS_CLIENT_SECURE_FILE -ErrorAction Ignore }
    }

    It 'lists the clouds of clouds.yaml and secure.yaml, never a secret' {
        $clouds = Get-OSCloud
        $clouds.Name | Should -Be @('alpha', 'beta')
        $alpha = $clouds | Where-Object Name -eq alpha
        $alpha.AuthUrl | Should -Be 'http://alpha.example.com:5000/v3'
        $alpha.UserName | Should -Be 'ann'
        $alpha.ProjectName | Should -Be 'web'
        $alpha.Region | Should -Be 'RegionTwo'
        $alpha.File | Should -Be $yaml
        $alpha.SecureFile | Should -Be $secure
        $alpha.HasSecret | Should -BeTrue
        ($clouds | Where-Object Name -eq beta).AuthType | Should -Be 'ApplicationCredential'
        $shown = ($clouds | Format-List * | Out-String) + ($clouds | Format-Table | Out-String) + ($clouds | ConvertTo-Json)
        $shown | Should -Not -Match 's3cret'
        Get-OSCloud -Name nope -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        (Get-OSCloud -Name b*).Name | Should -Be 'beta'
    }

    It 'completes cloud names for Connect-OpenStack -Cloud' {
        $line = 'Connect-OpenStack -Cloud al'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('alpha')
        $line = 'Connect-OpenStack -Cloud '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('alpha', 'beta')
    }
}

Describe 'Export-OSCloudConfig' -Skip:$SkipCloud {
    BeforeAll {
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        Connect-OpenStack -Cloud testcloud-demo -Name exporter
    }
    AfterAll {
        Disconnect-OpenStack -All -ErrorAction Ignore
        $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
    }

    It 'writes a clouds.yaml without the password that Connect-OpenStack and the CLI read back' {
        $file = Join-Path $work 'exported.yaml'
        Export-OSCloudConfig -Path $file -Name exported -WhatIf
        Test-Path $file | Should -BeFalse
        $written = Export-OSCloudConfig -Path $file -Name exported -PassThru
        $written.FullName | Should -Be $file
        Get-Secrets $file | Should -BeNullOrEmpty
        if (-not $IsWindows) { (Get-Item $file).UnixFileMode | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite') }

        $env:OS_CLIENT_CONFIG_FILE = $file
        try {
            { Connect-OpenStack -Cloud exported -ErrorAction Stop } | Should -Throw '*No password*'
            $cred = [pscredential]::new('demo', (ConvertTo-SecureString $demoPassword -AsPlainText -Force))
            $back = Connect-OpenStack -Cloud exported -Credential $cred -PassThru
            $back.ProjectName | Should -Be 'demo'
            $back.UserName | Should -Be 'demo'
            (Get-OSFlavor -Id 1 -Session $back).Name | Should -Be 'm1.tiny'
            $env:OS_PASSWORD_FOR_CLI = $demoPassword
            $cli = bash -c 'openstack --os-cloud exported --os-password "$OS_PASSWORD_FOR_CLI" project show demo -f value -c name' 2>&1
            $cli | Should -Be 'demo'
        } finally {
            Remove-Item env:OS_PASSWORD_FOR_CLI -ErrorAction Ignore
            $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml
        }

        # A second cloud joins the file; the first is kept, and replacing it needs -Force.
        Export-OSCloudConfig -Path $file -Name second -Session exporter
        $env:OS_CLIENT_CONFIG_FILE = $file
        try { (Get-OSCloud).Name | Should -Be @('exported', 'second') } finally { $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml }
        Export-OSCloudConfig -Path $file -Name second -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -BeLike "*already has a cloud named 'second'*-Force*"
    }

    It 'writes the secret only with -IncludeSecret, to a file of its owner only' {
        $file = Join-Path $work 'with-secret.yaml'
        Export-OSCloudConfig -Path $file -Name withsecret -IncludeSecret
        Get-Secrets $file | Should -Be @($demoPassword)
        if (-not $IsWindows) { (Get-Item $file).UnixFileMode | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite') }
        $env:OS_CLIENT_CONFIG_FILE = $file
        try { (Connect-OpenStack -Cloud withsecret -PassThru).ProjectName | Should -Be 'demo' } finally { $env:OS_CLIENT_CONFIG_FILE = $CloudsYaml }
    }

    It 'writes an openrc that bash sources and a .ps1 that PowerShell runs' {
        Select-OSSession exporter
        $rc = Join-Path $work 'demo-openrc.sh'
        Export-OSCloudConfig -Path $rc
        Get-Secrets $rc | Should -BeNullOrEmpty
        $env:OS_PASSWORD_FOR_CLI = $demoPassword
        try {
            $cli = bash -c 'unset OS_CLOUD OS_CLIENT_CONFIG_FILE; export OS_PASSWORD="$OS_PASSWORD_FOR_CLI"; . "$1" && openstack project show demo -f value -c name' bash $rc 2>&1
            $cli | Should -Be 'demo'
        } finally { Remove-Item env:OS_PASSWORD_FOR_CLI -ErrorAction Ignore }
        { Export-OSCloudConfig -Path $rc -ErrorAction Stop } | Should -Throw '*exists already*'

        $ps1 = Join-Path $work 'demo-openrc.ps1'
        Export-OSCloudConfig -Path $ps1 -IncludeSecret
        # In a process of its own: the script sets the process's OS_* variables.
        $job = Start-Job -ArgumentList $ps1, $ModuleManifest -ScriptBlock {
            param($script, $manifest)
            Remove-Item env:OS_CLOUD, env:OS_CLIENT_CONFIG_FILE -ErrorAction Ignore
            . $script
            Import-Module $manifest
            (Connect-OpenStack -PassThru).ProjectName
        }
        $job | Wait-Job -Timeout 120 | Receive-Job | Should -Be 'demo'
        $job | Remove-Job -Force
    }
}
