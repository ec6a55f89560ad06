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

    Every step uses the module's cmdlets.

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

function Get-UserData([string] $Template, [hashtable] $Values) {
    $text = Get-Content -Raw -Path (Join-Path $PSScriptRoot "templates/$Template")
    foreach ($key in $Values.Keys) { $text = $text.Replace("{{$key}}", $Values[$key]) }
    $text
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
    $existing = @(Get-OSImage -Name $ImageName)
    if ($existing.Count -gt 1) { throw "$($existing.Count) images are named '$ImageName'" }
    if ($existing.Count -eq 1) {
        if ($existing[0].Status -like 'error*') { throw "volume '$VolumeName' exists but is $($existing[0].Status): remove it (Remove-OSVolume $VolumeName) and run again" }
        return $existing[0]
    }
    New-OSImage -Name $ImageName -File $ImagePath -DiskFormat qcow2 -ContainerFormat bare -MinDisk 20 -Visibility public -Wait
}

$volume = Invoke-Step "2. volume $VolumeName" {
    $existing = @(Get-OSVolume -Name $VolumeName)
    if ($existing.Count -gt 1) { throw "$($existing.Count) volumes are named '$VolumeName'" }
    if ($existing.Count -eq 1) {
        if ($existing[0].Status -like 'error*') { throw "volume '$VolumeName' exists but is $($existing[0].Status): remove it (Remove-OSVolume $VolumeName) and run again" }
        return $existing[0]
    }
    New-OSVolume -Name $VolumeName -Size 5 -VolumeType $VolumeType -AvailabilityZone $AvailabilityZone `
        -Description 'MySQL data for the WordPress blog' -Wait -TimeoutSec $TimeoutSec
}

$flavor = Invoke-Step '3. flavor with a 20 GB disk' {
    $match = @(Get-OSFlavor | Where-Object Disk -eq 20)
    if ($match.Count -eq 0) { throw 'no flavor has a 20 GB disk' }
    $match[0]
}

Invoke-Step "4. keypair $KeyName" {
    if (-not (Get-OSKeypair -Name $KeyName -ErrorAction SilentlyContinue)) {
        New-OSKeypair -Name $KeyName -PublicKeyPath $PublicKeyPath | Out-Null
    }
}

function New-Server([string] $Name, [string] $UserData) {
    $existing = @(Get-OSServer -Name $Name | Where-Object Name -eq $Name)
    if ($existing.Count -gt 1) { throw "$($existing.Count) servers are named '$Name'" }
    if ($existing.Count -eq 0) {
        return New-OSServer -Name $Name -Image $image.Id -Flavor $flavor -Network $Network -KeyName $KeyName -UserData $UserData -Wait -TimeoutSec $TimeoutSec
    }
    Wait-Status "server $Name" { Get-OSServer -Id $existing[0].Id } -Ready 'ACTIVE'
}

$db = Invoke-Step "5. server $DatabaseServer" { New-Server $DatabaseServer (Get-UserData 'mysql-userdata.sh' $dbValues) }

Invoke-Step "6. attach $VolumeName to $DatabaseServer at /dev/vdb" {
    if (-not (Get-OSVolumeAttachment -ServerId $db.Id | Where-Object VolumeId -eq $volume.Id)) {
        Add-OSVolumeAttachment -ServerId $db.Id -VolumeId $volume.Id -Device /dev/vdb -Wait -TimeoutSec $TimeoutSec | Out-Null
    }
}

$blog = Invoke-Step "7. server $BlogServer" {
    $dbIp = @($db.Addresses[$Network] | Where-Object { $_.Type -eq 'fixed' -and $_.Version -eq 4 })[0].Address
    if (-not $dbIp) { throw "$DatabaseServer has no fixed IPv4 address on '$Network'" }
    Write-Host "    database at $dbIp"
    New-Server $BlogServer (Get-UserData 'wordpress-userdata.sh' ($dbValues + @{ DB_HOST = $dbIp }))
}

Invoke-Step '8. servers of all projects' {
    Get-OSServer -AllProjects
}
