<#
.SYNOPSIS
    The classic first network steps after installing a cloud: a project network and subnet behind a router,
    and an external network as the router's gateway.

.DESCRIPTION
    An admin runbook that is safe to run twice: each step first looks for its resource by name and reuses it.
      1. create the project network with provider attributes (network type, segmentation id, physical network)
      2. create its IPv4 subnet with a gateway and DNS nameservers
      3. create a router in the project and add the subnet as an interface
      4. create the external network (router:external) and its subnet: gateway, allocation pool, no DHCP
      5. set the router's external gateway to that network
    A failure names the step and Neutron's reason. -Remove tears it all down in the right order.

.EXAMPLE
    ./New-ProjectNetwork.ps1 -Cloud mycloud -Project demo -SegmentationId 1010 -ExternalSegmentationId 101
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $Cloud = 'testcloud-admin',
    [Parameter(Mandatory = $true)] [string] $Project,
    [string] $NetworkName = 'demo-net',
    [ValidateSet('vxlan', 'gre', 'vlan', 'flat')] [string] $NetworkType = 'vxlan',
    [int] $SegmentationId = 1010,
    [string] $PhysicalNetwork,
    [string] $Cidr = '10.10.10.0/24',
    [string] $Gateway = '10.10.10.1',
    [string[]] $DnsNameserver = @('8.8.8.8', '8.8.4.4'),
    [string] $RouterName = 'demo-router',
    [string] $ExternalName = 'ext-net',
    [ValidateSet('flat', 'vlan', 'vxlan', 'gre')] [string] $ExternalType = 'vlan',
    [string] $ExternalPhysicalNetwork = 'public',
    [int] $ExternalSegmentationId = 101,
    [string] $ExternalCidr = '203.0.113.0/24',
    [string] $ExternalGateway = '203.0.113.1',
    [string] $PoolStart = '203.0.113.101',
    [string] $PoolEnd = '203.0.113.200',
    [switch] $Remove
)
$ErrorActionPreference = 'Stop'
Import-Module OpenStack

function Invoke-Step([string] $Name, [scriptblock] $Action) {
    Write-Host "==> $Name"
    try { & $Action }
    catch { throw "Step '$Name' failed: $($_.Exception.Message)" }
}

# The one resource of that name, or nothing; two of a name is an error rather than a guess.
function Find-One([string] $Kind, [scriptblock] $Get) {
    $found = @(& $Get)
    if ($found.Count -gt 1) { throw "$($found.Count) $Kind resources have that name: $($found.Id -join ', ')" }
    if ($found.Count -eq 1) { return $found[0] }
}

Connect-OpenStack -Cloud $Cloud
$projectId = Invoke-Step "0. project $Project" {
    $p = @((Invoke-OSApi identity "projects?name=$([Uri]::EscapeDataString($Project))").projects)
    if ($p.Count -eq 1) { $p[0].id } elseif ($Project -match '^[0-9a-f]{32}$') { $Project } else { throw "no project is named '$Project'" }
}

if ($Remove) {
    Invoke-Step "teardown" {
        $router = Find-One router { Get-OSRouter -Name $RouterName | Where-Object ProjectId -eq $projectId }
        if ($router) {
            Get-OSPort -DeviceId $router.Id -DeviceOwner network:router_interface |
                ForEach-Object { Remove-OSRouterInterface -Router $router.Id -Port $_.Id -Confirm:$false | Out-Null }
            Remove-OSRouter $router.Id -Force
        }
        foreach ($name in $NetworkName, $ExternalName) {
            $net = Find-One network { Get-OSNetwork -Name $name }
            if ($net) { Get-OSSubnet -Network $net.Id | Remove-OSSubnet -Force; Remove-OSNetwork $net.Id -Force }
        }
    }
    return
}

$net = Invoke-Step "1. network $NetworkName ($NetworkType $SegmentationId)" {
    $existing = Find-One network { Get-OSNetwork -Name $NetworkName -ProjectId $projectId }
    if ($existing) { return $existing }
    $provider = @{ ProviderNetworkType = $NetworkType }
    if ($NetworkType -ne 'flat') { $provider.ProviderSegmentationId = $SegmentationId }
    if ($PhysicalNetwork) { $provider.ProviderPhysicalNetwork = $PhysicalNetwork }
    New-OSNetwork -Name $NetworkName -ProjectId $projectId @provider
}

$subnet = Invoke-Step "2. subnet $Cidr" {
    $existing = Find-One subnet { Get-OSSubnet -Network $net -Cidr $Cidr }
    if ($existing) { return $existing }
    $net | New-OSSubnet -Name "$NetworkName-subnet" -Cidr $Cidr -GatewayIp $Gateway -DnsNameserver $DnsNameserver -ProjectId $projectId
}

$router = Invoke-Step "3. router $RouterName with an interface on $Cidr" {
    $r = Find-One router { Get-OSRouter -Name $RouterName -ProjectId $projectId }
    if (-not $r) { $r = New-OSRouter -Name $RouterName -ProjectId $projectId }
    $linked = Get-OSPort -DeviceId $r.Id -DeviceOwner network:router_interface | Where-Object { $_.FixedIps.SubnetId -contains $subnet.Id }
    if (-not $linked) { Add-OSRouterInterface -Router $r -Subnet $subnet | Out-Null }
    $r
}

$ext = Invoke-Step "4. external network $ExternalName ($ExternalCidr)" {
    $e = Find-One network { Get-OSNetwork -Name $ExternalName -External }
    if (-not $e) {
        $provider = @{ ProviderNetworkType = $ExternalType; ProviderPhysicalNetwork = $ExternalPhysicalNetwork }
        if ($ExternalType -ne 'flat') { $provider.ProviderSegmentationId = $ExternalSegmentationId }
        $e = New-OSNetwork -Name $ExternalName -External @provider
    }
    if (-not (Find-One subnet { Get-OSSubnet -Network $e -Cidr $ExternalCidr })) {
        $e | New-OSSubnet -Name "$ExternalName-subnet" -Cidr $ExternalCidr -GatewayIp $ExternalGateway -EnableDhcp $false `
            -AllocationPool @{ Start = $PoolStart; End = $PoolEnd } | Out-Null
    }
    $e
}

Invoke-Step "5. gateway of $RouterName on $ExternalName" {
    if ($router.ExternalNetworkId -ne $ext.Id) { $router = Set-OSRouter $router.Id -ExternalGateway $ext -PassThru }
    else { $router = Get-OSRouter -Id $router.Id }
    $router
}
