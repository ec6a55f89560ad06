# Loaded into the runspace the help examples run in (HelpExamples.Project.ps1): how a fixture resource, named
# "<kind> <name>" in HelpExamples.Fixtures.ps1, is found and removed, and the sweep of the project at the end.
# $HelpEx is the run (project id, temporary folder, auth URL).

# The resources of this project with that kind and exact name ("interface <router>/<subnet>": the router's port on it).
function Find-Fixture([string] $Fixture) {
    $kind, $name = $Fixture -split ' ', 2
    $found = switch ($kind) {
        network { Get-OSNetwork -Name $name }
        subnet { Get-OSSubnet -Name $name }
        router { Get-OSRouter -Name $name }
        port { Get-OSPort -Name $name }
        server { Get-OSServer -Name $name }
        volume { Get-OSVolume -Name $name }
        snapshot { Get-OSVolumeSnapshot -Name $name }
        image { Get-OSImage -Name $name | Where-Object Owner -eq $HelpEx.ProjectId }
        keypair { Get-OSKeypair -Name $name }
        secgroup { Get-OSSecurityGroup -Name $name }
        servergroup { Get-OSServerGroup -Name $name }
        flavor { Get-OSFlavor -Name $name -All }
        template { Get-OSClusterTemplate -Name $name }
        cluster { Get-OSCluster -Name $name }
        subnetpool { Get-OSSubnetPool -Name $name }
        aggregate { Get-OSAggregate -Name $name }
        stack { Get-OSStack -Name $name }
        loadbalancer { Get-OSLoadBalancer -Name $name }
        interface {
            $router, $subnet = $name -split '/'
            $routerId = Find-Fixture "router $router" | Select-Object -First 1 -ExpandProperty Id
            $subnetId = Find-Fixture "subnet $subnet" | Select-Object -First 1 -ExpandProperty Id
            if ($routerId -and $subnetId) {
                Get-OSPort -DeviceId $routerId | Where-Object { $_.FixedIps.SubnetId -contains $subnetId }
            }
        }
        default { throw "No kind of fixture called '$kind'" }
    }
    if ($kind -eq 'interface') { return $found }
    # Exact names (-Name takes wildcards), and, as the admin sees every project's, only this project's.
    $found | Where-Object { $_.Name -eq $name -and (-not $_.PSObject.Properties['ProjectId'] -or -not $_.ProjectId -or $_.ProjectId -eq $HelpEx.ProjectId) }
}

# Removes the resources Find-Fixture finds, with what stands in the way (interfaces, ports, attachments, a lock).
function Remove-Fixture([string] $Fixture) {
    $kind = ($Fixture -split ' ', 2)[0]
    foreach ($item in @(Find-Fixture $Fixture)) {
        switch ($kind) {
            network {
                Get-OSPort -Network $item.Id | ForEach-Object { Remove-FixturePort $_ }
                Get-OSSubnet -Network $item.Id | ForEach-Object { Remove-OSSubnet -Id $_.Id -Force }
                Remove-OSNetwork -Id $item.Id -Force
            }
            subnet {
                Get-OSPort -Network $item.NetworkId | Where-Object { $_.FixedIps.SubnetId -contains $item.Id } | ForEach-Object { Remove-FixturePort $_ }
                Remove-OSSubnet -Id $item.Id -Force
            }
            router {
                # Neutron keeps an interface that a static route goes through.
                if ($item.Routes) { Set-OSRouter -Id $item.Id -ClearRoute }
                Get-OSPort -DeviceId $item.Id | Where-Object DeviceOwner -like '*interface*' | ForEach-Object { Remove-OSRouterInterface -Router $item.Id -Port $_.Id }
                Remove-OSRouter -Id $item.Id -Force
            }
            interface { Remove-OSRouterInterface -Router $item.DeviceId -Port $item.Id }
            port { Remove-FixturePort $item }
            server {
                if ($item.Locked) { Unlock-OSServer -Id $item.Id }
                Remove-OSServer -Id $item.Id -Force -Wait
            }
            volume {
                # An example may have left it attaching or still being made; Cinder says detached a moment after Nova.
                $item = Wait-FixtureVolume $item
                foreach ($attachment in $item.Attachments) { Remove-OSVolumeAttachment -ServerId $attachment.ServerId -VolumeId $item.Id -Wait }
                if ($item.Attachments) { $null = Wait-FixtureVolume $item -Detached }
                Remove-OSVolume -Id $item.Id -Cascade -Force -Wait
            }
            snapshot { Remove-OSVolumeSnapshot -Id $item.Id -Force -Wait }
            image {
                if ($item.Protected) { Set-OSImage -Id $item.Id -Protected $false }
                Remove-OSImage -Id $item.Id -Force
            }
            keypair { Remove-OSKeypair -Name $item.Name -Force }
            secgroup { Remove-OSSecurityGroup -Id $item.Id -Force }
            servergroup { Remove-OSServerGroup -Id $item.Id -Force }
            flavor { Remove-OSFlavor -Id $item.Id -Force }
            template { Remove-OSClusterTemplate -Id $item.Uuid -Force }
            cluster { Remove-FixtureCluster $item }
            stack { Remove-OSStack -Id $item.Id -Force -Wait -TimeoutSec 300 }
            loadbalancer { Remove-OSLoadBalancer -Id $item.Id -Cascade -Force }
            subnetpool { Remove-OSSubnetPool -Id $item.Id -Force }
            aggregate {
                if ($item.Hosts) { Remove-OSAggregateHost -Aggregate $item.Id -Host $item.Hosts -Confirm:$false }
                Remove-OSAggregate -Id $item.Id -Force
            }
        }
    }
}

function Wait-FixtureVolume($Volume, [switch] $Detached) {
    for ($i = 0; $i -lt 60; $i++) {
        if ($Volume.Status -notmatch 'ing$|^reserved$' -and -not ($Detached -and $Volume.Status -eq 'in-use')) { break }
        Start-Sleep 1
        $Volume = Get-OSVolume -Id $Volume.Id
    }
    $Volume
}

# Heat now and then fails to delete the stack of a cluster still being made (a race in its database: "Cannot delete
# or update a parent row ... raw_template"), leaving the cluster DELETE_FAILED; a second delete removes it.
function Remove-FixtureCluster($Cluster) {
    try { Remove-OSCluster -Id $Cluster.Uuid -Force -Wait -TimeoutSec 300; return }
    catch { if ("$_" -notmatch 'DELETE_FAILED') { throw } }
    Remove-OSCluster -Id $Cluster.Uuid -Force
    $end = [DateTime]::UtcNow.AddSeconds(300)
    while (Get-OSCluster -Id $Cluster.Uuid -ErrorAction SilentlyContinue) {
        if ([DateTime]::UtcNow -gt $end) { throw "cluster $($Cluster.Uuid) was still there 300 s after a second delete" }
        Start-Sleep -Seconds 2
    }
}

function Remove-FixturePort($Port) {
    if ($Port.DeviceOwner -like 'network:router_interface*') { Remove-OSRouterInterface -Router $Port.DeviceId -Port $Port.Id }
    elseif ($Port.DeviceOwner -like 'compute:*') { Remove-OSServer -Id $Port.DeviceId -Force -Wait }
    elseif ($Port.DeviceOwner -notlike 'network:*') { Remove-OSPort -Id $Port.Id -Force }
}

# Every resource of the project, deleted in the order Neutron, Nova and Cinder allow; what fails is reported and the
# rest goes on; then the same as the admin (what the admin user made: keypairs, images).
function Clear-FixtureProject {
    $mine = { -not $_.PSObject.Properties['ProjectId'] -or $_.ProjectId -eq $HelpEx.ProjectId }
    $steps = [ordered]@{
        # A stack's servers, volumes and networks go with it.
        stacks = { Get-OSStack | ForEach-Object { Remove-OSStack -Id $_.Id -Force -Wait -TimeoutSec 300 } }
        servers = { Get-OSServer | ForEach-Object { Remove-Fixture "server $($_.Name)" } }
        clusters = { Get-OSCluster | Where-Object $mine | ForEach-Object { Remove-OSCluster -Id $_.Uuid -Force -Wait -TimeoutSec 300 } }
        # A template still used by a cluster that could not be deleted stays with it.
        templates = {
            $used = @(Get-OSCluster | Where-Object $mine | ForEach-Object ClusterTemplateId)
            Get-OSClusterTemplate | Where-Object $mine | Where-Object Uuid -NotIn $used | ForEach-Object { Remove-OSClusterTemplate -Id $_.Uuid -Force }
        }
        snapshots = { Get-OSVolumeSnapshot | ForEach-Object { Remove-OSVolumeSnapshot -Id $_.Id -Force -Wait } }
        volumes = { Get-OSVolume | ForEach-Object { Remove-Fixture "volume $($_.Name)" } }
        'floating IPs' = { Get-OSFloatingIP | Where-Object $mine | ForEach-Object { Remove-OSFloatingIP -Id $_.Id -Force } }
        routers = { Get-OSRouter | Where-Object $mine | ForEach-Object { Remove-Fixture "router $($_.Name)" } }
        'subnet pools' = { Get-OSSubnetPool | Where-Object ProjectId -eq $HelpEx.ProjectId | ForEach-Object { Remove-OSSubnetPool -Id $_.Id -Force } }
        networks = { Get-OSNetwork | Where-Object ProjectId -eq $HelpEx.ProjectId | ForEach-Object { Remove-Fixture "network $($_.Name)" } }
        'security groups' = { Get-OSSecurityGroup | Where-Object { $_.Name -ne 'default' -and $_.ProjectId -eq $HelpEx.ProjectId } | ForEach-Object { Remove-OSSecurityGroup -Id $_.Id -Force } }
        'server groups' = { Get-OSServerGroup | ForEach-Object { Remove-OSServerGroup -Id $_.Id -Force } }
        keypairs = { Get-OSKeypair | ForEach-Object { Remove-OSKeypair -Name $_.Name -Force } }
        images = { Get-OSImage | Where-Object Owner -eq $HelpEx.ProjectId | ForEach-Object { Remove-Fixture "image $($_.Name)" } }
    }
    $failed = [System.Collections.Generic.List[string]]::new()
    foreach ($session in 'helpex', 'helpex-admin') {
        Connect-OpenStack -Cloud $session
        foreach ($step in $steps.Keys) {
            try { & $steps[$step] } catch { $failed.Add("$session ${step}: $_") }
        }
    }
    Connect-OpenStack -Cloud helpex
    if ($failed.Count) { Write-Error ($failed -join "`n") }
}

# A small image (its content does not matter to the fake hypervisor).
function New-FixtureImage([string] $Name, [string[]] $Tag, [hashtable] $Property) {
    $file = [System.IO.Path]::Combine($HelpEx.Temp, 'image.qcow2')
    if (-not [System.IO.File]::Exists($file)) { [System.IO.File]::WriteAllBytes($file, [byte[]]::new(64KB)) }
    $more = @{}
    if ($Tag) { $more.Tag = $Tag }
    if ($Property) { $more.Property = $Property }
    New-OSImage -Name $Name -DiskFormat qcow2 -ContainerFormat bare -File $file -Wait @more
}

function New-FixtureServer([string] $Name) {
    New-OSServer -Name $Name -Image cirros -Flavor m1.tiny -Network private -Wait
}

# What an example plugged into a fixture server beyond its private network, unplugged (Nova deletes the ports it made).
function Remove-FixtureInterfaces([string] $Name) {
    $private = (Find-Fixture 'network private').Id
    foreach ($server in @(Find-Fixture "server $Name")) {
        Get-OSServerInterface $server.Id | Where-Object NetworkId -ne $private | Remove-OSServerInterface -Force -Wait
    }
}

# An example that needs a server finds it running and unlocked, whatever an earlier one did to it (paused, shelved,
# rescued or resized included).
function Reset-FixtureServer([string] $Name) {
    foreach ($server in @(Find-Fixture "server $Name")) {
        # An example that did not wait (Start-OSServer web1) may have left it powering on.
        for ($i = 0; $i -lt 60 -and $server.TaskState; $i++) { Start-Sleep 1; $server = Get-OSServer -Id $server.Id }
        if ($server.Locked) { Unlock-OSServer -Id $server.Id }
        switch ($server.Status) {
            SHUTOFF { Start-OSServer -Id $server.Id -Wait }
            SUSPENDED { Resume-OSServer -Id $server.Id -Wait }
            PAUSED { Resume-OSServer -Id $server.Id -Unpause -Wait }
            { $_ -in 'SHELVED', 'SHELVED_OFFLOADED' } { Resume-OSServer -Id $server.Id -Unshelve -Wait }
            RESCUE { Exit-OSServerRescue -Id $server.Id -Wait }
            VERIFY_RESIZE { Confirm-OSServerResize -Id $server.Id -Wait }
        }
    }
}

# Runs $Script with the project's admin session, then returns to the member's.
function Invoke-AsAdmin([scriptblock] $Script) {
    Connect-OpenStack -Cloud helpex-admin
    try { & $Script } finally { Connect-OpenStack -Cloud helpex }
}

# What the identity examples make (all named example-*), removed as the admin even when an example failed half-way.
function Remove-FixtureIdentity {
    Invoke-AsAdmin {
        Get-OSUser -Name 'example-*' | Remove-OSUser -Force
        Get-OSGroup -Name 'example-*' | Remove-OSGroup -Force
        Get-OSProject -Name 'example-*' | Sort-Object { -not $_.ParentId } | Remove-OSProject -Force
        Get-OSDomain | Where-Object Name -like 'example-*' | Remove-OSDomain -Force
    }
}

# The key the examples' ~/.ssh/id_ed25519.pub holds (the home folder is the run's temporary one).
$null = New-Item -ItemType Directory -Force ~/.ssh
Set-Content -LiteralPath ~/.ssh/id_ed25519.pub -Value $HelpEx.PublicKey

# The project's floating IPs, released.
# A private flavor (as the run's admin) shared with the given projects.
function New-FixturePrivateFlavor([string] $Name, [string[]] $Project) {
    $flavor = New-OSFlavor -Name $Name -Vcpus 1 -Ram 512 -Disk 1 -Private
    if ($Project) { $null = $flavor | Add-OSFlavorAccess -Project $Project }
}

function Remove-FixtureFloatingIP {
    Get-OSFloatingIP | Where-Object ProjectId -eq $HelpEx.ProjectId | ForEach-Object { Remove-OSFloatingIP -Id $_.Id -Force }
}

# A file in the current folder (the run's temporary one), as examples that upload or read one expect.
function New-FixtureFile([string] $Name, [string] $Text) {
    $path = Join-Path (Get-Location) $Name
    if ($Text) { Set-Content -LiteralPath $path -Value $Text } else { [System.IO.File]::WriteAllBytes($path, [byte[]]::new(64KB)) }
}

# A second network interface on a server (Nova's os-interface, which the module has no cmdlet for), and its removal.
function Add-FixtureInterface([string] $Server, [string] $Network) {
    $id = (Get-OSServer -Id $Server).Id
    $null = Invoke-OSApi compute "servers/$id/os-interface" -Method POST -Body @{ interfaceAttachment = @{ net_id = (Get-OSNetwork -Id $Network).Id } }
}
function Remove-FixtureInterface([string] $Server, [string] $Network) {
    $id = (Get-OSServer -Id $Server).Id
    $netId = (Get-OSNetwork -Id $Network).Id
    foreach ($port in Get-OSPort -DeviceId $id | Where-Object NetworkId -eq $netId) {
        $null = Invoke-OSApi compute "servers/$id/os-interface/$($port.Id)" -Method DELETE
    }
}
