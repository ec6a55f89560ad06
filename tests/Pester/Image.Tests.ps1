#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Glance against the local cloud: upload, list, update, download (byte for byte), remove; the interoperable import
# (glance-direct from a file, web-download from a temp URL of the local Swift).

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix glance
}

Describe 'Images' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud
        $source = Join-Path $TestDrive disk.qcow2
        $bytes = [byte[]]::new(1MB + 17)
        [System.Random]::new(7).NextBytes($bytes)
        [System.IO.File]::WriteAllBytes($source, $bytes)
        $image = New-OSImage -Name "$prefix-disk" -File $source -DiskFormat qcow2 -ContainerFormat bare -MinDisk 1 -Property @{ os_distro = 'ubuntu'; old = 'x' } -Tag web -Wait
    }
    AfterAll {
        Get-OSImage -Name "$prefix*" | Remove-OSImage -Force
        Disconnect-OpenStack
    }

    It 'uploads a file and waits until the image is active' {
        $image.Status | Should -Be 'active'
        $image.Size | Should -Be (1MB + 17)
        $image.Properties['os_distro'] | Should -Be 'ubuntu'
        $image.Tags | Should -Be @('web')
    }

    It 'lists images: by name, by tag, sorted, as a table and as JSON' {
        (Get-OSImage -Name "$prefix-d*").Id | Should -Be $image.Id
        (Get-OSImage -Tag web | Where-Object Name -like "$prefix*").Id | Should -Be $image.Id
        (Get-OSImage -Id $image.Id).Name | Should -Be "$prefix-disk"
        (Get-OSImage | Sort-Object Name | Select-Object -ExpandProperty Name) | Should -Contain 'testcloud-image'
        Get-OSImage testcloud-image | Format-Table | Out-String -Width 160 | Should -Match 'testcloud-image\s+active'
        $json = Get-OSImage -Id $image.Id | ConvertTo-Json -Depth 5 -WarningAction Ignore | ConvertFrom-Json
        $json.Properties.os_distro | Should -Be 'ubuntu'
        @(Get-OSImage -Visibility public -Status active | Where-Object Name -eq 'testcloud-image').Count | Should -Be 1
    }

    It 'downloads the image byte for byte, and needs -Force to overwrite' {
        $copy = Join-Path $TestDrive copy.qcow2
        (Save-OSImage -Id "$prefix-disk" -Path $copy).Length | Should -Be (1MB + 17)
        (Get-FileHash $copy).Hash | Should -Be (Get-FileHash $source).Hash
        Save-OSImage $image.Id $copy -ErrorAction SilentlyContinue -ErrorVariable exists | Should -BeNullOrEmpty
        $exists | Should -Not -BeNullOrEmpty
        (Save-OSImage $image.Id $copy -Force).Length | Should -Be (1MB + 17)
    }

    It 'updates name, visibility, properties and tags' {
        $updated = $image | Set-OSImage -Name "$prefix-renamed" -MinRam 64 -Property @{ os_version = '22.04' } -RemoveProperty old -Tag a, b -PassThru
        $updated.Name | Should -Be "$prefix-renamed"
        $updated.MinRam | Should -Be 64
        $updated.Properties['os_version'] | Should -Be '22.04'
        $updated.Properties.ContainsKey('old') | Should -BeFalse
        $updated.Tags | Sort-Object | Should -Be @('a', 'b')
        Set-OSImage $image.Id -Protected $true
        { Remove-OSImage $image.Id -Force -ErrorAction Stop } | Should -Throw
        Set-OSImage $image.Id -Protected $false
    }

    It 'removes nothing with -WhatIf, then removes with -Confirm:$false' {
        $spare = New-OSImage -Name "$prefix-spare" -DiskFormat raw
        Remove-OSImage $spare.Id -WhatIf
        @(Get-OSImage -Name "$prefix-spare").Count | Should -Be 1
        Remove-OSImage $spare.Id -Confirm:$false
        @(Get-OSImage -Name "$prefix-spare").Count | Should -Be 0
    }

    It 'imports a file through Glance''s staging (glance-direct) and waits until the image is active' {
        $imported = Import-OSImage "$prefix-staged" -File $source -DiskFormat raw -Property @{ os_distro = 'cirros' } -Wait -TimeoutSec 120 -Verbose 4>&1 |
            Tee-Object -Variable trace | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        $imported.Status | Should -Be 'active'
        $imported.Size | Should -Be (1MB + 17)
        $imported.Checksum | Should -Be (Get-FileHash $source -Algorithm MD5).Hash.ToLowerInvariant()
        $imported.Properties['os_distro'] | Should -Be 'cirros'
        # Staged, then imported: the trace shows both requests.
        "$trace" | Should -Match 'PUT \S+/stage'
        "$trace" | Should -Match 'POST \S+/import'
    }

    It 'has Glance download an image from a URL (web-download); a URL that fails ends the wait with Glance''s reason' {
        $c = "$prefix-src"
        New-OSContainer $c | Out-Null
        try {
            New-OSObject $c $source -Name disk.raw | Out-Null
            $link = Get-OSObject $c disk.raw | New-OSObjectTempUrl -ContainerKey -SetKey -LifetimeSec 300
            $fetched = Import-OSImage "$prefix-web" -Uri $link.Url -DiskFormat raw -Wait -TimeoutSec 120
            $fetched.Status | Should -Be 'active'
            $fetched.Checksum | Should -Be (Get-FileHash $source -Algorithm MD5).Hash.ToLowerInvariant()

            # A URL that answers 404: Glance's import task fails, and the wait says why.
            $missing = $link.Url -replace 'disk\.raw', 'missing.raw'
            Import-OSImage "$prefix-gone" -Uri $missing -DiskFormat raw -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue -ErrorVariable failed |
                Should -BeNullOrEmpty
            $failed.Count | Should -Be 1
            $failed[0].CategoryInfo.Category | Should -Be 'InvalidResult'
            $failed[0].Exception.Message | Should -Match '^Glance could not import image \S+: .+'
        }
        finally { Remove-OSContainer $c -Recurse -Force -ErrorAction SilentlyContinue }

        # A URL Glance's filter refuses (a port it does not allow) is refused at once, and no image is left behind.
        Import-OSImage "$prefix-refused" -Uri 'http://127.0.0.1:9/disk.raw' -ErrorAction SilentlyContinue -ErrorVariable refused | Should -BeNullOrEmpty
        $refused.Count | Should -Be 1
        $refused[0].Exception.Message | Should -Match 'HTTP 400'
        @(Get-OSImage -Name "$prefix-refused").Count | Should -Be 0
        # And a URL Glance cannot fetch is refused before anything is sent.
        Import-OSImage "$prefix-ftp" -Uri 'ftp://127.0.0.1/disk.raw' -ErrorAction SilentlyContinue -ErrorVariable ftp | Should -BeNullOrEmpty
        $ftp[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}
