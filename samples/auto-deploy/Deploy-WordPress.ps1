<#
.SYNOPSIS
    Deploys a WordPress blog on two servers: MySQL with its data on a volume, and WordPress in front.

.DESCRIPTION
    An admin runbook that is safe to run twice: every step first looks for its resource by name and reuses it.
      1. upload the image (qcow2, bare, min disk 20 GB, public) unless an image of that name exists
      2. create the 5 GB volume of type lvmdriver-1 in zone nova, unless it exists
      3. pick the flavor whose disk is 20 GB
      4. import the keypair from a public key file unless it exists
      5. boot the database server with user data rendered from a template, and wait until ACTIVE
      6. attach the volume at /dev/vdb
      7. read its fixed IP on the private network and boot the WordPress server pointing at it
      8. list the servers of all projects
    A failure names the step, the resource and the reason (the server's fault on ERROR).

    The steps call the APIs through Invoke-OSApi; they move to the dedicated cmdlets (New-OSImage,
    New-OSVolume, New-OSServer -Wait, Add-OSVolumeAttachment, ...) as those are added to the module.

.EXAMPLE
    ./Deploy-WordPress.ps1 -Cloud mycloud -ImagePath ./trusty-server-cloudimg-amd64-disk1.img -PublicKeyPath ~/.ssh/id_rsa.pub
#>
[CmdletBinding()]
param(
    [string] $Cloud = 'testcloud-admin',
    [Parameter(Mandatory = $true)] [string] $ImagePath,
    [Parameter(Mandatory = $true)] [string] $PublicKeyPath,
    [string] $ImageName = 'ubuntu_server_1404_x64',
    [string] $VolumeName = 'mysql-volume',
    [string] $VolumeType = 'lvmdriver-1',
    [string] $AvailabilityZone = 'nova',
    [string] $KeyName = 'auto-deploy-key',
    [string] $Network = 'private',
    [string] $DatabaseServer = 'AUTO-DEP-DB',
    [string] $BlogServer = 'AUTO-DEP-BLOG',
    [string] $DatabaseName = 'wordpress',
    [string] $DatabaseUser = 'wordpress',
    [securestring] $DatabasePassword,
    [int] $TimeoutSec = 600
)
$ErrorActionPreference = 'Stop'
Import-Module OpenStack

function Invoke-Step([string] $Name, [scriptblock] $Action) {
    Write-Host "==> $Name"
    try { & $Action }
    catch { throw "Step '$Name' failed: $($_.Exception.Message)" }
}

# Polls until the resource reaches one of $Ready; stops at once on a failure status with the server's reason.
function Wait-Status([string] $What, [scriptblock] $Get, [string[]] $Ready, [string[]] $Failed = @('ERROR', 'error')) {
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
    while ($true) {
        $item = & $Get
        if ($item.status -in $Ready) { return $item }
        if ($item.status -in $Failed) { throw "$What is $($item.status): $($item.fault.message)" }
        if ([DateTime]::UtcNow -gt $deadline) { throw "$What is still $($item.status) after $TimeoutSec s" }
        Start-Sleep -Seconds 2
    }
}

function ConvertTo-UserData([string] $Template, [hashtable] $Values) {
    $text = Get-Content -Raw -Path (Join-Path $PSScriptRoot "templates/$Template")
    foreach ($key in $Values.Keys) { $text = $text.Replace("{{$key}}", $Values[$key]) }
    [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($text))
}

function Find-ByName($Items, [string] $Name, [string] $Kind) {
    $found = @($Items | Where-Object name -eq $Name)
    if ($found.Count -gt 1) { throw "$($found.Count) ${Kind}s are named '$Name': $(($found | ForEach-Object id) -join ', ')" }
    if ($found.Count -eq 1) { $found[0] }
}

if (-not $DatabasePassword) {
    $DatabasePassword = [Net.NetworkCredential]::new('', [Guid]::NewGuid().ToString('N')).SecurePassword
}
$dbValues = @{
    DB_NAME     = $DatabaseName
    DB_USER     = $DatabaseUser
    DB_PASSWORD = [Net.NetworkCredential]::new('', $DatabasePassword).Password
}

Connect-OpenStack -Cloud $Cloud

$image = Invoke-Step "1. image $ImageName" {
    $existing = Find-ByName (Invoke-OSApi image "images?name=$ImageName").images $ImageName 'image'
    if ($existing) { return $existing }
    $new = Invoke-OSApi image images -Method POST -Body @{
        name = $ImageName; disk_format = 'qcow2'; container_format = 'bare'; min_disk = 20; visibility = 'public'
    }
    Invoke-OSApi image "images/$($new.id)/file" -Method PUT -InFile $ImagePath
    Wait-Status "image $ImageName" { Invoke-OSApi image "images/$($new.id)" } -Ready 'active' -Failed 'killed'
}

$volume = Invoke-Step "2. volume $VolumeName" {
    $existing = Find-ByName (Invoke-OSApi volumev3 "volumes?name=$VolumeName").volumes $VolumeName 'volume'
    $id = if ($existing) { $existing.id } else {
        (Invoke-OSApi volumev3 volumes -Method POST -Body @{ volume = @{
            name = $VolumeName; size = 5; volume_type = $VolumeType; availability_zone = $AvailabilityZone
            description = 'MySQL data for the WordPress blog' } }).volume.id
    }
    Wait-Status "volume $VolumeName" { (Invoke-OSApi volumev3 "volumes/$id").volume } -Ready 'available', 'in-use' -Failed 'error'
}

$flavor = Invoke-Step '3. flavor with a 20 GB disk' {
    $match = @((Invoke-OSApi compute flavors/detail).flavors | Where-Object disk -eq 20)
    if ($match.Count -eq 0) { throw 'no flavor has a 20 GB disk' }
    $match[0]
}

Invoke-Step "4. keypair $KeyName" {
    $pairs = (Invoke-OSApi compute os-keypairs).keypairs | ForEach-Object keypair
    if (-not ($pairs | Where-Object name -eq $KeyName)) {
        $publicKey = (Get-Content -Raw -Path $PublicKeyPath).Trim()
        Invoke-OSApi compute os-keypairs -Method POST -Body @{ keypair = @{ name = $KeyName; public_key = $publicKey } } | Out-Null
    }
}

$networkId = (Find-ByName (Invoke-OSApi network "networks?name=$Network").networks $Network 'network').id
if (-not $networkId) { throw "network '$Network' not found" }

function New-Server([string] $Name, [string] $UserData) {
    $existing = Find-ByName (Invoke-OSApi compute "servers?name=^$Name`$").servers $Name 'server'
    $id = if ($existing) { $existing.id } else {
        (Invoke-OSApi compute servers -Method POST -Body @{ server = @{
            name = $Name; imageRef = $image.id; flavorRef = $flavor.id; key_name = $KeyName
            networks = @(@{ uuid = $networkId }); user_data = $UserData } }).server.id
    }
    Wait-Status "server $Name" { (Invoke-OSApi compute "servers/$id").server } -Ready 'ACTIVE'
}

$db = Invoke-Step "5. server $DatabaseServer" { New-Server $DatabaseServer (ConvertTo-UserData 'mysql-userdata.sh' $dbValues) }

Invoke-Step "6. attach $VolumeName to $DatabaseServer at /dev/vdb" {
    $attached = (Invoke-OSApi compute "servers/$($db.id)/os-volume_attachments").volumeAttachments | Where-Object volumeId -eq $volume.id
    if (-not $attached) {
        Invoke-OSApi compute "servers/$($db.id)/os-volume_attachments" -Method POST -Body @{
            volumeAttachment = @{ volumeId = $volume.id; device = '/dev/vdb' } } | Out-Null
    }
    Wait-Status "volume $VolumeName" { (Invoke-OSApi volumev3 "volumes/$($volume.id)").volume } -Ready 'in-use' -Failed 'error', 'error_attaching' | Out-Null
}

$blog = Invoke-Step "7. server $BlogServer" {
    $dbIp = @($db.addresses.$Network | Where-Object { $_.'OS-EXT-IPS:type' -eq 'fixed' -and $_.version -eq 4 })[0].addr
    if (-not $dbIp) { throw "$DatabaseServer has no fixed IPv4 address on '$Network'" }
    Write-Host "    database at $dbIp"
    New-Server $BlogServer (ConvertTo-UserData 'wordpress-userdata.sh' ($dbValues + @{ DB_HOST = $dbIp }))
}

Invoke-Step '8. servers of all projects' {
    (Invoke-OSApi compute 'servers/detail?all_tenants=1').servers | ForEach-Object {
        [pscustomobject]@{
            Name    = $_.name
            Status  = $_.status
            Project = $_.tenant_id
            Network = (@($_.addresses.PSObject.Properties | ForEach-Object { "$($_.Name)=$(($_.Value | ForEach-Object addr) -join ',')" }) -join '; ')
            Id      = $_.id
        }
    }
}
