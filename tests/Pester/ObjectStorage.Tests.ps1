#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Swift in the local cloud, as a user does it: containers and objects from creation to removal, a folder there and
# back, and ACLs: a public container of another project read by the demo user and without a token. Large objects,
# temp URLs and paging are in tests/OpenStack.PowerShell.Tests/ObjectStorageTests.cs.

BeforeDiscovery { . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1')) }

BeforeAll {
    . ([System.IO.Path]::Combine($PSScriptRoot, 'TestCloud.ps1'))
    $prefix = New-TestPrefix swift
}

Describe 'Object storage' -Skip:$SkipCloud {
    BeforeAll {
        Connect-TestCloud testcloud-demo
        $c = "$prefix-c"
    }
    AfterAll {
        Get-OSContainer -Prefix $prefix | Remove-OSContainer -Recurse -Force
        Disconnect-OpenStack
    }

    It 'creates, reads, changes and removes containers and objects' {
        $made = New-OSContainer $c -Metadata @{ team = 'ops' } -QuotaCount 100
        $made.Metadata['team'] | Should -Be 'ops'
        $made.QuotaCount | Should -Be 100
        $made.Public | Should -BeFalse
        New-OSContainer $c -ErrorAction SilentlyContinue -ErrorVariable exists | Should -BeNullOrEmpty
        "$exists" | Should -BeLike '*already exists*'
        New-OSContainer 'a/b' -ErrorAction SilentlyContinue -ErrorVariable bad | Should -BeNullOrEmpty
        "$bad" | Should -BeLike "*holds a '/'*"

        (Set-OSContainer $c -Public $true -RemoveMetadata team).Public | Should -BeTrue
        (Get-OSContainer $c).Metadata.ContainsKey('team') | Should -BeFalse
        (Get-OSContainer -Name "$prefix-*").Name | Should -Be $c

        $file = Join-Path $TestDrive note.txt
        Set-Content -LiteralPath $file -Value 'hello swift' -NoNewline
        $o = New-OSObject -Container $c -Path $file -Metadata @{ owner = 'me' } -ContentType 'text/plain'
        $o.Bytes | Should -Be 11
        $o.Hash | Should -Be (Get-FileHash $file -Algorithm MD5).Hash.ToLowerInvariant()
        New-OSObject -Container $c -Path (Join-Path $TestDrive missing.txt) -ErrorAction SilentlyContinue -ErrorVariable missing | Should -BeNullOrEmpty
        "$missing" | Should -BeLike '*does not exist*'

        $set = Set-OSObject $c note.txt -Metadata @{ stage = 'test' } -DeleteAfter 3600
        $set.Metadata['owner'] | Should -Be 'me'
        $set.Metadata['stage'] | Should -Be 'test'
        $set.DeleteAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddMinutes(50))
        (Set-OSObject $c note.txt -RemoveExpiry -RemoveMetadata stage).DeleteAt | Should -BeNullOrEmpty

        # A temp URL signed with a key the cmdlet sets on the container, read without a token.
        $link = Get-OSObject $c note.txt | New-OSObjectTempUrl -ContainerKey -SetKey -LifetimeSec 60
        (Invoke-WebRequest $link.Url).Content | Should -Be 'hello swift'

        $copy = Get-OSObject $c note.txt | Copy-OSObject -DestinationName copy.txt
        $copy.Metadata['owner'] | Should -Be 'me'
        (Get-OSObject $c).Name | Should -Be @('copy.txt', 'note.txt')

        Remove-OSContainer $c -Force -ErrorAction SilentlyContinue -ErrorVariable full
        "$full" | Should -BeLike '*is not empty*-Recurse*'
        Get-OSObject $c copy.txt | Remove-OSObject -Force
        (Get-OSObject $c).Name | Should -Be @('note.txt')
        (Get-OSObjectStoreAccount).ContainerCount | Should -BeGreaterOrEqual 1
        Remove-OSContainer $c -Recurse -Force
        Get-OSContainer -Prefix $c | Should -BeNullOrEmpty
    }

    It 'uploads a folder tree and saves it back, every file equal' {
        $tree = Join-Path $TestDrive tree
        foreach ($f in 'a.txt', 'sub/b.bin', 'sub/deeper/c.txt') {
            $path = Join-Path $tree $f
            $null = New-Item -ItemType Directory (Split-Path $path) -Force
            $bytes = [byte[]]::new(1000 + $f.Length); [System.Random]::new($f.Length).NextBytes($bytes)
            [System.IO.File]::WriteAllBytes($path, $bytes)
        }
        $null = New-OSContainer "$c-tree"
        $up = New-OSObject -Container "$c-tree" -Path $tree -Recurse -Prefix 'backup/'
        $up.Name | Sort-Object | Should -Be @('backup/a.txt', 'backup/sub/b.bin', 'backup/sub/deeper/c.txt')
        $folders = Get-OSObject "$c-tree" -Prefix backup/ -Delimiter /
        ($folders | Where-Object IsFolder).Name | Should -Be 'backup/sub/'

        $back = Join-Path $TestDrive back
        $null = New-Item -ItemType Directory $back
        $saved = Save-OSObject -Container "$c-tree" -Prefix backup/ -Path $back
        $saved.Count | Should -Be 3
        foreach ($f in 'a.txt', 'sub/b.bin', 'sub/deeper/c.txt') {
            (Get-FileHash (Join-Path $back "backup/$f")).Hash | Should -Be (Get-FileHash (Join-Path $tree $f)).Hash
        }
        Save-OSObject -Container "$c-tree" -Name backup/a.txt -Path (Join-Path $back backup/a.txt) -ErrorAction SilentlyContinue -ErrorVariable taken
        "$taken" | Should -BeLike '*use -Force*'
        Save-OSObject -Container "$c-tree" -Prefix backup/ -Path (Join-Path $TestDrive nowhere) -ErrorAction SilentlyContinue -ErrorVariable nowhere
        "$nowhere" | Should -BeLike '*does not exist*'
        Get-ChildItem -Recurse -Force $back -Filter '*.partial' | Should -BeNullOrEmpty
    }

    It 'lets the demo user, and anyone, read a public container of another project' {
        Connect-TestCloud testcloud-admin
        $project = New-OSProject -Name "$prefix-p"
        try {
            Grant-OSRole -Role member -User admin -Project $project.Id
            $other = Connect-OpenStack -Cloud testcloud-admin -ProjectId $project.Id -PassThru
            $null = New-OSContainer "$prefix-pub" -Public -Session $other
            $null = New-OSContainer "$prefix-priv" -Session $other
            $file = Join-Path $TestDrive shared.txt
            Set-Content -LiteralPath $file -Value 'for everyone' -NoNewline
            $null = New-OSObject -Container "$prefix-pub" -Path $file -Session $other
            $null = New-OSObject -Container "$prefix-priv" -Path $file -Session $other
            $account = (Get-OSObjectStoreAccount -Session $other).Account
            $base = "http://127.0.0.1:8080/v1/$account"

            Connect-TestCloud testcloud-demo
            $read = Invoke-OSApi object-store "$base/$prefix-pub/shared.txt" -Raw
            $read.StatusCode | Should -Be 200
            $read.Content | Should -Be 'for everyone'
            (Invoke-OSApi object-store "$base/$prefix-priv/shared.txt" -Raw).StatusCode | Should -Be 403
            (Invoke-WebRequest "$base/$prefix-pub/shared.txt").Content | Should -Be 'for everyone'

            $null = Set-OSContainer "$prefix-pub" -Public $false -Session $other
            { Invoke-WebRequest "$base/$prefix-pub/shared.txt" } | Should -Throw
        } finally {
            if ($other) { Get-OSContainer -Prefix $prefix -Session $other | Remove-OSContainer -Recurse -Force -Session $other }
            Connect-TestCloud testcloud-admin
            Remove-OSProject -Id $project.Id -Force
            Connect-TestCloud testcloud-demo
        }
    }
}
