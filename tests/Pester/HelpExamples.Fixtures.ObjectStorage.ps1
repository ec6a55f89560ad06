# What the object storage help examples need, merged into HelpExamples.Fixtures.ps1 (same keys; read its header).
# Containers and objects are made by each example's Setup (New-Fx: a container and small objects in it) and every
# container of the run's project is removed after it: Swift keeps an account's data when its project is deleted.
$fx = @'
function New-Fx([string] $Container, [string[]] $Object) {
    if (-not (Get-OSContainer -Prefix $Container | Where-Object Name -eq $Container)) { $null = New-OSContainer $Container }
    $file = [System.IO.Path]::GetTempFileName()
    try {
        foreach ($name in $Object) {
            Set-Content -LiteralPath $file -Value "data of $name"
            $null = New-OSObject -Container $Container -Path $file -Name $name
        }
    } finally { Remove-Item -LiteralPath $file }
}
'@
function Setup([string] $Text) { [scriptblock]::Create("$fx`n$Text") }
$clear = { Get-OSContainer | Remove-OSContainer -Recurse -Force }
$backups = "New-Fx backups db.dump, report.csv, a.csv, reports/r1.csv"
$logs = "New-Fx logs 2024/top.log, 2024/01/app.log, 2024/02/app.log, 2023/old.log"
@{
    Examples = @{
        'Get-OSObjectStoreAccount: The account at a glance' = @{}
        'Get-OSObjectStoreAccount: How much space the project uses, in GiB' = @{}
        'Get-OSContainer: Every container' = @{ Setup = Setup 'New-Fx backups'; Cleanup = $clear }
        'Get-OSContainer: One container with its ACLs and metadata' = @{ Setup = Setup 'New-Fx backups'; Cleanup = $clear }
        "Get-OSContainer: The containers whose names start with 'logs-'" = @{ Setup = Setup 'New-Fx logs-app'; Cleanup = $clear }
        'New-OSContainer: A private container' = @{ Cleanup = $clear }
        'New-OSContainer: A public container for a website''s assets' = @{ Cleanup = $clear }
        'New-OSContainer: A container that holds at most 10 GiB and 1000 objects' = @{ Cleanup = $clear }
        'Set-OSContainer: Make a container public' = @{ Setup = Setup 'New-Fx public-assets'; Cleanup = $clear }
        'Set-OSContainer: Close it again and record why' = @{ Setup = Setup 'New-Fx public-assets'; Cleanup = $clear }
        'Set-OSContainer: Let another project read a container' = @{ Setup = Setup 'New-Fx backups'; Cleanup = $clear }
        'Remove-OSContainer: Delete an empty container' = @{ Setup = Setup 'New-Fx scratch'; Cleanup = $clear }
        'Remove-OSContainer: Delete a container and everything in it' = @{ Setup = Setup 'New-Fx old-logs a.log, b/c.log'; Cleanup = $clear }
        "Remove-OSContainer: Delete every container whose name starts with 'ci-'" = @{ Setup = Setup "New-Fx ci-1 x; New-Fx ci-2"; Cleanup = $clear }
        'Get-OSObject: Every object of a container' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Get-OSObject: One level of a folder tree' = @{ Setup = Setup $logs; Cleanup = $clear }
        'Get-OSObject: One object''s metadata and expiry' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Get-OSObject: The ten largest objects of every container' = @{ Setup = Setup "$backups; $logs"; Cleanup = $clear }
        'New-OSObject: Upload a file' = @{ Setup = Setup "New-Fx backups; Set-Content ./db.dump 'dump'"; Cleanup = $clear }
        'New-OSObject: Upload a folder tree under a prefix, deleted by Swift after 30 days' = @{
            Setup = Setup "New-Fx logs; `$null = New-Item -ItemType Directory ./logs/app -Force; Set-Content ./logs/app/1.log one; Set-Content ./logs/top.log two"
            Cleanup = $clear
        }
        'New-OSObject: Upload a large file in 100 MiB segments, eight at a time' = @{ Setup = Setup "New-Fx backups; Set-Content ./disk.img 'image'"; Cleanup = $clear }
        'New-OSObject: Upload the files of a folder that changed today, with metadata' = @{
            Setup = Setup "New-Fx backups; `$null = New-Item -ItemType Directory ./reports -Force; Set-Content ./reports/r.csv 'a,b'"
            Cleanup = $clear
        }
        'Save-OSObject: Download one object' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Save-OSObject: Download a folder tree' = @{ Setup = Setup $logs; Cleanup = $clear }
        'Save-OSObject: Download the objects a listing found' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Copy-OSObject: Copy an object to another container' = @{ Setup = Setup "$backups; New-Fx archive"; Cleanup = $clear }
        'Copy-OSObject: Keep a dated copy beside the original' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Copy-OSObject: Copy every object of a listing' = @{ Setup = Setup "$backups; New-Fx archive"; Cleanup = $clear }
        'Set-OSObject: Tag an object' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Set-OSObject: Expire the objects of a prefix in a week' = @{ Setup = Setup $logs; Cleanup = $clear }
        'Set-OSObject: Fix a content type and keep the object for good' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Remove-OSObject: Delete an object' = @{ Setup = Setup $backups; Cleanup = $clear }
        'Remove-OSObject: Delete the objects of a prefix' = @{ Setup = Setup $logs; Cleanup = $clear }
        'Remove-OSObject: Delete the objects older than 90 days' = @{ Setup = Setup $backups; Cleanup = $clear }
        'New-OSObjectTempUrl: A download link valid for an hour' = @{ Setup = Setup $backups; Cleanup = $clear }
        'New-OSObjectTempUrl: A link that lets a build agent upload its result within ten minutes' = @{
            Setup = Setup "New-Fx artefacts; Set-Content ./build-42.zip 'zip'"; Cleanup = $clear
        }
        'New-OSObjectTempUrl: Download with the link, as anyone would' = @{ Setup = Setup $backups; Cleanup = $clear }
    }
    Sweep = { Get-OSContainer | Remove-OSContainer -Recurse -Force }
}
