# What the help examples need, for tests/Pester/HelpExamples.Tests.ps1. Scriptblocks run, as text, in the examples'
# runspace (HelpExamples.Prelude.ps1 defines Find-Fixture, Remove-Fixture and Invoke-AsAdmin; $HelpEx is the run).
#
# Resources: "<kind> <name>" -> Create (and Needs, made first), as the member (as the admin with Admin). An example's
#   resources persist and are reused by later examples; a server is started, resumed or unlocked again before each
#   example that needs it.
# Examples: "<page>: <title>" ->
#   Present  resources that must exist when it runs;
#   Absent   resources it makes: removed before it runs and after;
#   Setup / Cleanup  anything else, run before and after (Cleanup even when it failed);
#   Replace  text of the example -> an expression in its place, for what only exists elsewhere (an address, an id);
#   Admin    run it as the project's admin instead of its member.
# NotHere: "<page>: <title>" -> why it cannot run against the local cloud (shown as skipped).
@{
    Resources = @{
        'network private' = @{ Create = { New-OSNetwork -Name private } }
        'subnet private-subnet' = @{ Needs = 'network private'; Create = { New-OSSubnet -Network private -Name private-subnet -Cidr 10.0.0.0/24 } }
        'router private-router' = @{ Needs = 'subnet private-subnet'; Create = {
                New-OSRouter -Name private-router -ExternalGateway public
                Add-OSRouterInterface -Router private-router -Subnet private-subnet } }
        'network web' = @{ Create = { New-OSNetwork -Name web } }
        'subnet web-subnet' = @{ Needs = 'network web'; Create = { New-OSSubnet -Network web -Name web-subnet -Cidr 10.1.0.0/24 } }
        'router web-router' = @{ Create = { New-OSRouter -Name web-router -ExternalGateway public } }
        'interface web-router/web-subnet' = @{ Needs = 'router web-router', 'subnet web-subnet'; Create = { Add-OSRouterInterface -Router web-router -Subnet web-subnet } }
        'network frontend' = @{ Create = { New-OSNetwork -Name frontend } }
        'subnet frontend-subnet' = @{ Needs = 'network frontend'; Create = { New-OSSubnet -Network frontend -Name frontend-subnet -Cidr 10.2.0.0/24 } }
        'interface private-router/frontend-subnet' = @{ Needs = 'router private-router', 'subnet frontend-subnet'; Create = { Add-OSRouterInterface -Router private-router -Subnet frontend-subnet } }
        'network app-net' = @{ Create = { New-OSNetwork -Name app-net } }
        'subnet app-subnet' = @{ Needs = 'network app-net'; Create = { New-OSSubnet -Network app-net -Name app-subnet -Cidr 10.3.0.0/24 } }
        'network storage' = @{ Create = { New-OSNetwork -Name storage } }
        'subnet storage-a' = @{ Needs = 'network storage'; Create = { New-OSSubnet -Network storage -Name storage-a -Cidr 10.20.1.0/24 } }
        'network old-net' = @{ Create = { New-OSNetwork -Name old-net } }
        'subnet old-subnet' = @{ Needs = 'network old-net'; Create = { New-OSSubnet -Network old-net -Name old-subnet -Cidr 10.4.0.0/24 } }
        'router lab-router' = @{ Create = { New-OSRouter -Name lab-router -ExternalGateway public } }
        'network lab' = @{ Create = { New-OSNetwork -Name lab } }
        'subnet lab-subnet' = @{ Needs = 'network lab'; Create = { New-OSSubnet -Network lab -Name lab-subnet -Cidr 10.5.0.0/24 } }
        'port vip' = @{ Needs = 'interface web-router/web-subnet'; Create = { New-OSPort -Network web -Name vip } }
        'port db-port' = @{ Needs = 'subnet web-subnet'; Create = { New-OSPort -Network web -Name db-port } }
        'port web2-port' = @{ Needs = 'interface web-router/web-subnet'; Create = { New-OSPort -Network web -Name web2-port } }
        'port lb1' = @{ Needs = 'subnet web-subnet'; Create = { New-OSPort -Network web -Name lb1 } }
        'port lb2' = @{ Needs = 'subnet web-subnet'; Create = { New-OSPort -Network web -Name lb2 } }
        'secgroup web' = @{ Create = { New-OSSecurityGroup web } }
        'secgroup db' = @{ Create = { New-OSSecurityGroup db } }
        'secgroup app' = @{ Create = { New-OSSecurityGroup app } }
        'secgroup ssh' = @{ Create = { New-OSSecurityGroup ssh } }
        'secgroup old-web' = @{ Create = { New-OSSecurityGroup old-web } }
        'secgroup lab-web' = @{ Create = { New-OSSecurityGroup lab-web } }
        'image cirros' = @{ Create = { New-FixtureImage cirros } }
        'image debian-12' = @{ Create = { New-FixtureImage debian-12 } }
        'image old-cirros' = @{ Create = { New-FixtureImage old-cirros } }
        'image prod-image' = @{ Create = { New-FixtureImage prod-image -Tag prod } }
        'image fedora-coreos' = @{ Create = { New-FixtureImage fedora-coreos -Property @{ os_distro = 'fedora-coreos' } } }
        'keypair ops' = @{ Create = { New-OSKeypair -Name ops -PublicKey $HelpEx.PublicKey } }
        'keypair dev-key' = @{ Create = { New-OSKeypair -Name dev-key -PublicKey $HelpEx.PublicKey } }
        'keypair old-laptop' = @{ Create = { New-OSKeypair -Name old-laptop -PublicKey $HelpEx.PublicKey } }
        'keypair ci-run-1' = @{ Create = { New-OSKeypair -Name ci-run-1 -PublicKey $HelpEx.PublicKey } }
        'servergroup db-spread' = @{ Create = { New-OSServerGroup db-spread -Policy anti-affinity } }
        'servergroup ci-group' = @{ Create = { New-OSServerGroup ci-group -Policy affinity } }
        'server web1' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer web1 } }
        'server web2' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer web2 } }
        'server db1' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer db1 } }
        'server app1' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer app1 } }
        'server batch-1' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer batch-1 } }
        'server build-agent-3' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer build-agent-3 } }
        'server test-1' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer test-1 } }
        'server old-db' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer old-db } }
        'server ci-run-42-a' = @{ Needs = 'router private-router', 'image cirros'; Create = { New-FixtureServer ci-run-42-a } }
        'volume data1' = @{ Create = { New-OSVolume -Name data1 -Size 1 -Wait } }
        'volume logs' = @{ Create = { New-OSVolume -Name logs -Size 1 -Wait } }
        'volume logs-1' = @{ Create = { New-OSVolume -Name logs-1 -Size 1 -Wait } }
        'volume test-1' = @{ Create = { New-OSVolume -Name test-1 -Size 1 -Wait } }
        'snapshot data1-nightly' = @{ Needs = 'volume data1'; Create = { New-OSVolumeSnapshot -VolumeId data1 -Name data1-nightly -Wait } }
        'snapshot data1-before-upgrade' = @{ Needs = 'volume data1'; Create = { New-OSVolumeSnapshot -VolumeId data1 -Name data1-before-upgrade -Wait } }
        'template k8s' = @{ Needs = 'image fedora-coreos'; Create = { New-OSClusterTemplate -Name k8s -Coe kubernetes -Image fedora-coreos -ExternalNetwork public -Flavor m1.small } }
        'template k8s-old' = @{ Needs = 'image fedora-coreos'; Create = { New-OSClusterTemplate -Name k8s-old -Coe kubernetes -Image fedora-coreos -ExternalNetwork public } }
        'template test-old' = @{ Needs = 'image fedora-coreos'; Create = { New-OSClusterTemplate -Name test-old -Coe kubernetes -Image fedora-coreos -ExternalNetwork public } }
        # A cluster keeps its template until it is deleted: "prod" has one of its own. Heat builds it, and it fails at its
        # one-minute timeout (the fake servers never signal Heat).
        'template prod-template' = @{ Needs = 'image fedora-coreos'; Create = { New-OSClusterTemplate -Name prod-template -Coe kubernetes -Image fedora-coreos -ExternalNetwork public -Flavor m1.small } }
        'template dev-k8s' = @{ Needs = 'image fedora-coreos'; Create = { New-OSClusterTemplate -Name dev-k8s -Coe kubernetes -Image fedora-coreos -ExternalNetwork public -Flavor m1.small } }
        'cluster prod' = @{ Needs = 'template prod-template'; Create = { New-OSCluster -Name prod -ClusterTemplate prod-template -NodeCount 1 -CreateTimeout 1 } }
        'flavor c1.small' = @{ Admin = $true; Create = { New-OSFlavor -Name c1.small -Vcpus 1 -Ram 2048 -Disk 20 } }
        'flavor c2.db' = @{ Create = { New-OSFlavor -Name c2.db -Vcpus 1 -Ram 512 -Disk 1 -Id c2-db } }
        'volume broken' = @{ Create = { New-OSVolume -Name broken -Size 1 -Wait } }
        'network k8s-net' = @{ Create = { New-OSNetwork -Name k8s-net } }
        'subnet k8s-subnet' = @{ Needs = 'network k8s-net'; Create = { New-OSSubnet -Network k8s-net -Name k8s-subnet -Cidr 10.6.0.0/24 } }
        'flavor test-tiny' = @{ Admin = $true; Create = { New-OSFlavor -Name test-tiny -Vcpus 1 -Ram 512 -Disk 1 } }
        'interface lab-router/lab-subnet' = @{ Needs = 'router lab-router', 'subnet lab-subnet'; Create = { Add-OSRouterInterface -Router lab-router -Subnet lab-subnet } }
        'snapshot db-nightly' = @{ Needs = 'volume db-data'; Create = { New-OSVolumeSnapshot db-data db-nightly -Wait } }
        'volume db-data' = @{ Create = { New-OSVolume -Name db-data -Size 1 -Wait } }
        'port sriov-port' = @{ Needs = 'subnet web-subnet'; Create = { New-OSPort -Network (Find-Fixture 'network web').Id -Name sriov-port } }
        'image data-seed' = @{ Create = { New-FixtureImage data-seed } }
        'subnetpool tenant-pool' = @{ Create = { New-OSSubnetPool -Name tenant-pool -Prefix 10.100.0.0/16 -DefaultPrefixLength 26 } }
        'subnetpool test-pool' = @{ Create = { New-OSSubnetPool -Name test-pool -Prefix 10.110.0.0/16 -DefaultPrefixLength 26 } }
    }

    Examples = @{
        # Private flavors shared with the run's project (and demo) by the run's admin.
        'Add-OSFlavorAccess: Share a flavor with two projects' = @{ Admin = $true; Absent = 'flavor c2.db'; Replace = @{ 'db-team' = '$HelpEx.Prefix' } }
        'Add-OSFlavorAccess: Give a second flavor the same projects as the first' = @{
            Admin = $true; Absent = 'flavor c2.db', 'flavor c2.db-large'
            Setup = { New-FixturePrivateFlavor c2.db $HelpEx.Prefix, demo; New-FixturePrivateFlavor c2.db-large }
        }
        'Get-OSFlavorAccess: Who may use a private flavor' = @{ Admin = $true; Absent = 'flavor c2.db'; Setup = { New-FixturePrivateFlavor c2.db $HelpEx.Prefix, demo } }
        'Remove-OSFlavorAccess: Take a flavor away from one project' = @{ Admin = $true; Absent = 'flavor c2.db'; Setup = { New-FixturePrivateFlavor c2.db $HelpEx.Prefix, demo } }
        'Remove-OSFlavorAccess: Make a private flavor unused by anyone' = @{ Admin = $true; Absent = 'flavor c2.db'; Setup = { New-FixturePrivateFlavor c2.db $HelpEx.Prefix, demo } }
        'Set-OSFlavor: Pin the CPUs of a flavor and describe it' = @{ Admin = $true; Absent = 'flavor c2.db'; Setup = { New-FixturePrivateFlavor c2.db $HelpEx.Prefix } }
        'Set-OSFlavor: Remove an extra spec from every flavor that has it' = @{
            Admin = $true; Absent = 'flavor c2.db'
            Setup = { New-FixturePrivateFlavor c2.db $HelpEx.Prefix; Set-OSFlavor c2.db -Property @{ 'hw:mem_page_size' = 'large' } }
        }
        # Static routes need a next hop on one of the router's subnets: private-router's is 10.0.0.0/24.
        'Add-OSRouterRoute: Route a remote network through a VPN appliance' = @{
            Present = 'router private-router'; Replace = @{ 'web-router' = "'private-router'" }; Cleanup = { Set-OSRouter private-router -ClearRoute }
        }
        'Add-OSRouterRoute: Add two routes to a router found by name' = @{
            Present = 'router private-router'; Replace = @{ 'web-router' = "'private-router'" }; Cleanup = { Set-OSRouter private-router -ClearRoute }
        }
        'Remove-OSRouterRoute: Remove one route' = @{
            Present = 'router private-router'; Replace = @{ 'web-router' = "'private-router'" }
            Setup = { Add-OSRouterRoute private-router -Destination 10.9.0.0/24 -NextHop 10.0.0.5 }; Cleanup = { Set-OSRouter private-router -ClearRoute }
        }
        'Remove-OSRouterRoute: Remove a route from every lab router without asking' = @{
            Present = 'interface lab-router/lab-subnet'; Replace = @{ '10.0.0.5' = '10.5.0.5' }
            Setup = { Add-OSRouterRoute lab-router -Destination 10.9.0.0/24 -NextHop 10.5.0.5 }; Cleanup = { Set-OSRouter lab-router -ClearRoute; Remove-Fixture 'interface lab-router/lab-subnet' }
        }
        # ssh stands for what the user does next with the key; here the file is read instead.
        'New-OSKeypair: Generate a keypair and keep the private key in a file' = @{
            Absent = 'keypair deploy'; Setup = { $null = New-Item -ItemType Directory -Force ~/.ssh }
            Replace = @{ 'ssh -i ~/.ssh/deploy.pem ubuntu@203.0.113.10' = 'if (-not (Get-Content ~/.ssh/deploy.pem -Raw).Contains(''PRIVATE KEY'')) { throw ''no key in the file'' }' }
            Cleanup = { Remove-Item ~/.ssh/deploy.pem -ErrorAction Ignore }
        }
        # A stand-in for SecretManagement's Set-Secret, which is not installed here: it checks what it is given.
        'New-OSKeypair: Generate a keypair and hand the private key to a vault' = @{
            Absent = 'keypair build-agent'
            Setup = { function global:Set-Secret([string] $Name, [securestring] $SecureStringSecret) { if ($SecureStringSecret.Length -lt 100) { throw 'no private key' } } }
            Cleanup = { Remove-Item function:Set-Secret }
        }
        'New-OSSecurityGroupRule: Allow HTTPS from an IPv6 range' = @{ Present = 'secgroup web' }
        'New-OSServer: Boot from an image with a second disk made from another image' = @{
            Present = 'router private-router', 'image cirros', 'image data-seed'; Absent = 'server app2'
        }
        'New-OSSubnet: A subnet whose range comes from a subnet pool' = @{ Present = 'network web', 'subnetpool tenant-pool'; Absent = 'subnet web-subnet' }
        'Set-OSPort: Bind a port to a host with an SR-IOV profile (administrators)' = @{
            Admin = $true; Present = 'port sriov-port'; Replace = @{ 'compute-3' = 'testcloud' }
        }
        'Set-OSRouter: Replace a router''s static routes, then remove them all' = @{
            Present = 'router private-router'; Replace = @{ 'web-router' = "'private-router'" }; Cleanup = { Set-OSRouter private-router -ClearRoute }
        }
        'Set-OSRouter: Make a router highly available (administrators)' = @{
            Admin = $true; Absent = 'router ha-router'; Setup = { $null = New-OSRouter -Name ha-router }; Replace = @{ 'web-router' = 'ha-router' }
        }
        # The local cloud's one flat physical network, "public", carries its external network already: a VLAN on it instead.
        'New-OSNetwork: An external provider network (administrators)' = @{
            Admin = $true; Absent = 'network provider-ext'
            Replace = @{ '-Name public' = '-Name provider-ext'; '-ProviderNetworkType flat -ProviderPhysicalNetwork physnet1' = '-ProviderNetworkType vlan -ProviderPhysicalNetwork public -ProviderSegmentationId 3999' }
        }
        'Get-OSServer: Deleted servers of a name, and the servers on one compute host' = @{ Admin = $true; Replace = @{ 'compute-07' = "'testcloud'" } }
        'Set-OSVolumeSnapshot: Describe a snapshot found by name' = @{ Present = 'snapshot db-nightly' }
        'Set-OSVolumeSnapshot: Rename a snapshot and change its metadata' = @{
            Present = 'snapshot db-nightly'; Absent = 'snapshot db-2024-05-01'; Setup = { Set-OSVolumeSnapshot db-nightly -Metadata @{ expires = '2024-06-01' } }
        }
        # Earlier examples leave ports in the group, so it cannot be deleted after: it gets its name back instead.
        'Set-OSSecurityGroup: Rename a group and describe it' = @{
            Present = 'secgroup web'; Cleanup = { Get-OSSecurityGroup -Name web-frontend | Set-OSSecurityGroup -NewName web }
        }
        'Set-OSSecurityGroup: Make the groups of a lab stateless' = @{ Present = 'secgroup lab-web' }
        'New-OSSubnetPool: A pool that hands out /26 networks' = @{ Absent = 'subnetpool tenant-pool' }
        'New-OSSubnetPool: A shared default pool for every project' = @{ Admin = $true; Absent = 'subnetpool default-v4' }
        'Remove-OSSubnetPool: Delete a pool' = @{ Present = 'subnetpool tenant-pool' }
        'Remove-OSSubnetPool: Delete every test pool, asking for each' = @{ Present = 'subnetpool test-pool' }
        'Add-OSRouterInterface: Connect a subnet' = @{ Present = 'router web-router', 'subnet web-subnet'; Absent = 'interface web-router/web-subnet' }
        'Add-OSRouterInterface: Connect through a port with a chosen address' = @{ Present = 'router web-router', 'subnet web-subnet'; Absent = 'interface web-router/web-subnet' }
        'Add-OSServerFloatingIP: A new public address for a server' = @{ Present = 'server web1'; Cleanup = { Remove-FixtureFloatingIP } }
        "Add-OSServerFloatingIP: Reuse an address on the server's second network" = @{
            Present = 'server web1', 'interface private-router/frontend-subnet'
            Setup = { $global:FixtureAddress = (New-OSFloatingIP public).FloatingIpAddress; Add-FixtureInterface web1 frontend }
            Replace = @{ '203.0.113.10' = '$FixtureAddress' }
            Cleanup = { Remove-FixtureFloatingIP; Remove-FixtureInterface web1 frontend }
        }
        'Add-OSVolumeAttachment: Make a data volume and attach it' = @{ Present = 'server db1'; Absent = 'volume data1' }
        'Add-OSVolumeAttachment: Attach a volume as a given device' = @{ Present = 'server db1', 'volume logs'; Absent = 'volume logs' }

        # Every cloud of the run's clouds.yaml (mycloud, prod, lab) signs in to the run's project as its member.
        'Connect-OpenStack: Connect with a cloud from clouds.yaml' = @{ Cleanup = { Connect-OpenStack -Cloud helpex } }
        'Connect-OpenStack: Connect with a password' = @{
            Setup = { function global:Get-Credential { [pscredential]::new($HelpEx.Member, (ConvertTo-SecureString $HelpEx.Password -AsPlainText -Force)) } }
            Replace = @{ 'https://keystone.example.com:5000/v3' = '$HelpEx.AuthUrl'; '-Project demo' = '-Project $HelpEx.Prefix' }
            Cleanup = { Remove-Item function:Get-Credential; Connect-OpenStack -Cloud helpex }
        }
        'Connect-OpenStack: Use the variables of an openrc file' = @{
            Setup = { $global:secret = $HelpEx.Password }
            Replace = @{ "'https://keystone.example.com:5000/v3'" = '$HelpEx.AuthUrl'; "OS_USERNAME = 'demo'" = 'OS_USERNAME = $HelpEx.Member'; "OS_PROJECT_NAME = 'demo'" = 'OS_PROJECT_NAME = $HelpEx.Prefix' }
            Cleanup = {
                foreach ($name in 'OS_AUTH_URL', 'OS_USERNAME', 'OS_PASSWORD', 'OS_PROJECT_NAME') { Remove-Item "env:$name" -ErrorAction Ignore }
                Remove-Variable secret -Scope Global; Connect-OpenStack -Cloud helpex
            }
        }
        'Connect-OpenStack: Sign in with an application credential in a runbook' = @{
            Setup = {
                $body = @{ application_credential = @{ name = "$($HelpEx.Prefix)-appcred" } }
                $global:FixtureAppCred = (Invoke-OSApi identity "users/$($HelpEx.UserIds.member)/application_credentials" -Method POST -Body $body).application_credential
                function global:Get-AutomationPSCredential([string] $Name) {
                    [pscredential]::new($FixtureAppCred.id, (ConvertTo-SecureString $FixtureAppCred.secret -AsPlainText -Force))
                }
            }
            Replace = @{ 'https://keystone.example.com:5000/v3' = '$HelpEx.AuthUrl' }
            Cleanup = {
                Remove-Item function:Get-AutomationPSCredential
                Connect-OpenStack -Cloud helpex
                Invoke-OSApi identity "users/$($HelpEx.UserIds.member)/application_credentials/$($FixtureAppCred.id)" -Method DELETE
            }
        }
        'Connect-OpenStack: Work with two clouds at once' = @{ Cleanup = { Connect-OpenStack -Cloud helpex } }
        'Disconnect-OpenStack: End the current session' = @{ Cleanup = { Connect-OpenStack -Cloud helpex } }
        'Disconnect-OpenStack: Revoke the token at the end of a runbook' = @{ Present = 'server batch-1'; Cleanup = { Connect-OpenStack -Cloud helpex } }

        'Get-OSCluster: Why a cluster failed' = @{ Present = 'cluster prod' }
        'Get-OSClusterNodeGroup: The node groups of a cluster' = @{ Present = 'cluster prod' }
        'Get-OSClusterNodeGroup: Worker counts of every cluster' = @{ Present = 'cluster prod' }
        'Get-OSClusterTemplate: The labels of a template' = @{ Present = 'template k8s' }
        'Get-OSFloatingIP: The floating IP of a server' = @{ Present = 'server web1' }
        'Get-OSImage: Boot from the image tagged for production' = @{ Present = 'image prod-image', 'router private-router'; Absent = 'server canary' }
        'Get-OSKeypair: Check that a keypair exists before booting' = @{ Absent = 'keypair ops' }
        'Get-OSNetwork: A network and its subnets' = @{ Present = 'subnet app-subnet' }
        'Get-OSPort: The ports of a server' = @{ Present = 'server web1' }
        'Get-OSPort: Who holds an address' = @{
            Present = 'subnet web-subnet'; Absent = 'port holder'
            Setup = { New-OSPort -Network web -Name holder -FixedIp @{ Subnet = 'web-subnet'; IpAddress = '10.1.0.15' } }
        }
        'Get-OSRouter: One router by name' = @{ Present = 'router web-router' }
        'Get-OSSecurityGroup: The rules of one group' = @{ Present = 'secgroup web' }
        'Get-OSSecurityGroupRule: Ingress rules of a group' = @{ Present = 'secgroup web' }
        'Get-OSServer: Stop every running server' = @{ Present = 'server web1' }
        'Get-OSServer: Find servers by name and status' = @{ Present = 'server web1' }
        'Get-OSServer: Get one server by name or id and see its addresses' = @{ Present = 'server web1' }
        'Get-OSServer: The servers of every project that are in ERROR, with their fault' = @{ Admin = $true }
        "Get-OSServerConsoleOutput: The last 50 lines of a server's console" = @{ Present = 'server web1' }
        'Get-OSServerConsoleOutput: Look for cloud-init errors on every new server' = @{ Present = 'server app1' }
        'Get-OSServerGroup: The servers of a group' = @{ Present = 'servergroup db-spread' }
        "Get-OSServerGroup: Every project's groups (admin)" = @{ Admin = $true }
        'Get-OSSubnet: The subnets of a network' = @{ Present = 'subnet web-subnet' }
        'Get-OSVolume: Volumes in error, every project' = @{
            Admin = $true; Present = 'volume broken'
            Setup = { Invoke-OSApi volumev3 "volumes/$((Find-Fixture 'volume broken').Id)/action" -Method POST -Body @{ 'os-reset_status' = @{ status = 'error' } } }
        }
        'Get-OSVolumeAttachment: The volumes of a server' = @{ Present = 'server web1' }
        'Get-OSVolumeAttachment: Every attachment of the web servers' = @{ Present = 'server web1' }
        'Get-OSVolumeSnapshot: Snapshots of one volume' = @{ Present = 'snapshot data1-nightly' }
        'Get-OSVolumeType: Create a volume of the first SSD type' = @{
            Absent = 'volume fast1'
            Setup = { Invoke-AsAdmin { $global:FixtureType = (Invoke-OSApi volumev3 types -Method POST -Body @{ volume_type = @{ name = "$($HelpEx.Prefix)-ssd"; 'os-volume-type-access:is_public' = $false } }).volume_type
                    $null = Invoke-OSApi volumev3 "types/$($FixtureType.id)/action" -Method POST -Body @{ addProjectAccess = @{ project = $HelpEx.ProjectId } } } }
            Cleanup = { Remove-Fixture 'volume fast1'; Invoke-AsAdmin { Invoke-OSApi volumev3 "types/$($FixtureType.id)" -Method DELETE } }
        }
        'Invoke-OSApi: Create a network with a JSON body' = @{ Absent = 'network n1' }
        'Lock-OSServer: Protect the database servers' = @{ Present = 'server db1'; Cleanup = { Unlock-OSServer db1 } }
        'Lock-OSServer: Lock one server and check' = @{ Present = 'server db1'; Cleanup = { Unlock-OSServer db1 } }

        # Its cluster would keep "k8s" from the examples that change or remove it until it is deleted.
        'New-OSCluster: Override labels for one cluster' = @{ Present = 'template dev-k8s', 'keypair dev-key'; Absent = 'cluster dev'; Replace = @{ 'dev k8s' = 'dev dev-k8s' } }
        'New-OSClusterTemplate: A Kubernetes template' = @{ Present = 'image fedora-coreos', 'keypair ops'; Absent = 'template k8s' }
        'New-OSClusterTemplate: A public template on a fixed network (administrators)' = @{
            Admin = $true; Present = 'image fedora-coreos', 'subnet k8s-subnet'; Absent = 'template k8s-shared'
        }
        'New-OSFlavor: A small public flavor' = @{ Admin = $true; Absent = 'flavor c1.small' }
        'New-OSFlavor: A private flavor with a fixed id and swap' = @{ Admin = $true; Absent = 'flavor c2.db' }
        'New-OSFloatingIP: Allocate an address' = @{ Cleanup = { Remove-FixtureFloatingIP } }
        'New-OSFloatingIP: Allocate straight onto a port' = @{ Present = 'port vip'; Cleanup = { Remove-FixtureFloatingIP } }
        'New-OSImage: Upload a qcow2 image' = @{ Absent = 'image debian-12'; Setup = { New-FixtureFile debian-12.qcow2 } }
        'New-OSImage: A public image with properties and tags' = @{ Admin = $true; Absent = 'image ubuntu-24.04'; Setup = { New-FixtureFile noble.img } }
        'New-OSKeypair: Import your public key file' = @{ Absent = 'keypair ops' }
        'New-OSKeypair: Import a key held as text' = @{ Absent = 'keypair ci'; Setup = { $env:CI_SSH_PUBLIC_KEY = $HelpEx.PublicKey }; Cleanup = { Remove-Item env:CI_SSH_PUBLIC_KEY } }
        'New-OSNetwork: A project network with a subnet' = @{ Absent = 'network web' }
        'New-OSPort: A port with a fixed address' = @{ Present = 'subnet web-subnet', 'secgroup db'; Absent = 'port db-port' }
        'New-OSPort: A port for a virtual IP shared by two servers' = @{ Present = 'subnet web-subnet'; Absent = 'port vip', 'port lb1' }
        'New-OSRouter: A router with a gateway' = @{ Present = 'subnet web-subnet'; Absent = 'router web-router' }
        'New-OSRouter: A highly available router (administrators)' = @{ Admin = $true; Absent = 'router core' }
        'New-OSSecurityGroup: A group for web servers' = @{ Absent = 'secgroup web' }
        'New-OSSecurityGroup: Create only when missing' = @{ Absent = 'secgroup ssh' }
        'New-OSSecurityGroupRule: Allow SSH from one network' = @{ Present = 'secgroup ssh'; Absent = 'secgroup ssh' }
        'New-OSSecurityGroupRule: Allow the app servers to reach the databases' = @{ Present = 'secgroup db', 'secgroup app'; Absent = 'secgroup db' }
        'New-OSServer: Boot a server and wait for it' = @{ Present = 'router private-router', 'image cirros', 'keypair ops'; Absent = 'server web1' }
        'New-OSServer: Boot from a new volume with cloud-init user data' = @{
            Present = 'router private-router', 'image debian-12'; Absent = 'server db1'; Setup = { New-FixtureFile cloud-init.yaml "#cloud-config`n" }
        }
        'New-OSServer: Twenty workers in one request' = @{
            Present = 'router private-router', 'image cirros'
            Cleanup = { Get-OSServer -Name 'worker*' | Remove-OSServer -Force -Wait }
        }
        "New-OSServer: The auto-deploy runbook's step: create only when missing" = @{ Present = 'subnet app-subnet', 'secgroup web', 'image cirros'; Absent = 'server app1' }
        'New-OSServerGroup: Keep database servers on different hosts' = @{ Absent = 'servergroup db-spread' }
        'New-OSServerGroup: At most two members per host' = @{ Absent = 'servergroup web-spread' }
        'New-OSSubnet: A subnet with DNS servers' = @{ Present = 'network web'; Absent = 'subnet web-subnet' }
        'New-OSSubnet: Pools and a host route, no gateway' = @{ Present = 'network storage'; Absent = 'network storage' }
        'New-OSVolume: An empty 100 GB volume' = @{ Absent = 'volume data1' }
        'New-OSVolume: A bootable volume from an image' = @{ Present = 'image debian-12'; Absent = 'volume root1' }
        'New-OSVolume: Restore a snapshot into a new volume' = @{ Present = 'snapshot data1-nightly'; Absent = 'volume data1-restored' }
        'New-OSVolumeSnapshot: Snapshot a volume and wait' = @{ Present = 'volume data1'; Absent = 'snapshot data1-before-upgrade' }
        'New-OSVolumeSnapshot: Nightly snapshots of every attached volume' = @{
            Present = 'server db1', 'volume logs'; Absent = 'volume logs'
            Setup = { Add-OSVolumeAttachment -ServerId db1 -VolumeId (Get-OSVolume -Id logs).Id -Wait }
        }

        'Remove-OSCluster: Delete every failed cluster' = @{ Present = 'cluster prod' }
        'Remove-OSClusterTemplate: Delete a template' = @{ Present = 'template k8s-old' }
        'Remove-OSClusterTemplate: Delete the unused test templates' = @{ Present = 'template test-old' }
        'Remove-OSFlavor: Delete a flavor' = @{ Admin = $true; Present = 'flavor c1.small' }
        'Remove-OSFlavor: Delete every test flavor, asking for each' = @{ Admin = $true; Present = 'flavor test-tiny' }
        'Remove-OSFloatingIP: Release an address' = @{
            Setup = { $global:FixtureAddress = (New-OSFloatingIP public).FloatingIpAddress }; Replace = @{ '203.0.113.10' = '$FixtureAddress' }
        }
        'Remove-OSFloatingIP: Release every address not in use' = @{ Setup = { New-OSFloatingIP public } }
        'Remove-OSImage: Delete an image' = @{ Present = 'image old-cirros' }
        'Remove-OSImage: Delete images that failed to upload' = @{ Setup = { New-OSImage -Name never-uploaded -DiskFormat qcow2 -ContainerFormat bare } }
        'Remove-OSKeypair: Delete a keypair' = @{ Present = 'keypair old-laptop' }
        'Remove-OSKeypair: Delete the keypairs of a finished test run' = @{ Present = 'keypair ci-run-1' }
        'Remove-OSNetwork: Delete a network' = @{ Absent = 'interface web-router/web-subnet'; Present = 'subnet web-subnet' }
        "Remove-OSNetwork: Tear down the network recipe's resources in order" = @{ Present = 'interface web-router/web-subnet' }
        'Remove-OSPort: Delete a reserved port' = @{ Present = 'port db-port' }
        'Remove-OSPort: Delete the DOWN ports nobody uses' = @{ Present = 'port db-port' }
        'Remove-OSRouter: Delete a router and its interface' = @{ Present = 'interface web-router/web-subnet' }
        'Remove-OSRouter: Preview which routers would go' = @{ Present = 'router lab-router' }
        'Remove-OSRouterInterface: Disconnect a subnet' = @{ Present = 'interface web-router/web-subnet' }
        'Remove-OSRouterInterface: Undo an earlier Add-OSRouterInterface' = @{ Present = 'router lab-router', 'subnet lab-subnet'; Absent = 'interface lab-router/lab-subnet' }
        'Remove-OSSecurityGroup: Delete a group' = @{ Present = 'secgroup old-web' }
        'Remove-OSSecurityGroup: Delete the lab groups, asking for each' = @{ Present = 'secgroup lab-web' }
        'Remove-OSSecurityGroupRule: Close rules open to the whole internet' = @{
            Present = 'secgroup web'; Setup = { New-OSSecurityGroupRule -SecurityGroup web -Protocol tcp -PortRangeMin 80 -RemoteIpPrefix 0.0.0.0/0 }
        }
        'Remove-OSSecurityGroupRule: Delete one rule' = @{
            Present = 'secgroup web'; Setup = { $global:FixtureRule = New-OSSecurityGroupRule -SecurityGroup web -Protocol tcp -PortRangeMin 8080 }
            Replace = @{ '3c0e3a0c-6b6a-4f3e-9b8e-2f3a9a1d5c77' = '$FixtureRule.Id' }
        }
        'Remove-OSServer: Delete the servers of a test run without prompts' = @{ Present = 'server ci-run-42-a' }
        'Remove-OSServerGroup: Delete a group' = @{ Present = 'servergroup db-spread' }
        'Remove-OSServerGroup: Delete the groups of a finished test run' = @{ Present = 'servergroup ci-group' }
        # Neutron keeps a subnet that still gives a port an address: ports earlier examples left on web-subnet go first.
        'Remove-OSSubnet: Delete a subnet' = @{ Present = 'interface web-router/web-subnet'
            Setup = { Remove-FixtureInterfaces db1; Remove-FixtureInterfaces web1; Get-OSPort -Network (Find-Fixture 'network web').Id | Where-Object { -not $_.DeviceOwner } | Remove-OSPort -Force } }
        'Remove-OSSubnet: Delete every subnet of a network, asking for each' = @{ Present = 'subnet old-subnet' }
        'Remove-OSVolume: Delete unattached test volumes' = @{ Present = 'volume test-1' }
        'Remove-OSVolume: Delete a volume with its snapshots' = @{ Present = 'snapshot data1-nightly' }
        'Remove-OSVolumeAttachment: Detach every volume of a server' = @{
            Present = 'server db1', 'volume logs'; Absent = 'volume logs'; Setup = { Add-OSVolumeAttachment -ServerId db1 -VolumeId (Get-OSVolume -Id logs).Id -Wait }
        }
        'Remove-OSVolumeAttachment: Detach one volume' = @{
            Present = 'server db1', 'volume logs'; Absent = 'volume logs'; Setup = { Add-OSVolumeAttachment -ServerId db1 -VolumeId (Get-OSVolume -Id logs).Id -Wait }
            Replace = @{ '5aa1ff9e-5a2f-4a0e-8a57-2a1e23d5a1b7' = '(Get-OSVolume -Id logs).Id' }
        }
        'Remove-OSVolumeSnapshot: Delete one snapshot, asking first' = @{ Present = 'snapshot data1-before-upgrade' }
        'Rename-OSServer: Rename a server' = @{ Present = 'server web1'; Cleanup = { Rename-OSServer web-old web1 } }
        'Rename-OSServer: Rename and show the result' = @{
            Present = 'server db1'; Replace = @{ '0b5b7c1e-7a52-4c43-9a7e-0d3e0f0c2a11' = '(Get-OSServer -Id db1).Id' }; Cleanup = { Rename-OSServer db-primary db1 }
        }
        'Resize-OSVolume: Grow a volume to 200 GB' = @{ Present = 'volume data1'; Absent = 'volume data1' }
        'Resize-OSVolume: Grow every log volume' = @{ Present = 'volume logs-1'; Absent = 'volume logs-1' }
        'Restart-OSServer: Reboot a server and wait' = @{ Present = 'server web1' }
        'Restart-OSServer: Power-cycle every server that stopped answering' = @{ Present = 'server app1' }
        'Restart-OSServer: Rolling restart, two servers at a time' = @{ Present = 'server web1', 'server web2' }
        'Resume-OSServer: Resume every suspended server' = @{ Present = 'server web1'; Setup = { Suspend-OSServer web1 -Wait } }
        'Resume-OSServer: Resume one server and show it' = @{ Present = 'server build-agent-3'; Setup = { Suspend-OSServer build-agent-3 -Wait } }
        'Save-OSImage: Download an image' = @{ Present = 'image debian-12'; Setup = { Remove-Item ./debian-12.qcow2 -ErrorAction Ignore } }
        'Save-OSImage: Back up every private image' = @{
            Present = 'image debian-12'; Setup = { $null = New-Item -ItemType Directory -Force (Join-Path $HelpEx.Temp backup) }
            Replace = @{ '"/backup/' = '"$($HelpEx.Temp)/backup/' }
        }
        # An admin sees every project's templates, and other runs' "k8s" may be kept by their clusters: the run's, by id.
        'Set-OSClusterTemplate: Make a template public and rename it' = @{
            Admin = $true; Present = 'template k8s'; Absent = 'template k8s-v1'; Replace = @{ 'Set-OSClusterTemplate k8s ' = "Set-OSClusterTemplate (Find-Fixture 'template k8s').Uuid " }
        }
        'Set-OSClusterTemplate: Change one label, remove another' = @{ Present = 'template k8s'; Setup = { Set-OSClusterTemplate k8s -Label @{ old_flag = 'yes' } } }
        'Set-OSFloatingIP: Move an address to another port' = @{
            Present = 'port web2-port'; Setup = { $global:FixtureAddress = (New-OSFloatingIP public).FloatingIpAddress }
            Replace = @{ '203.0.113.10' = '$FixtureAddress' }; Cleanup = { Remove-FixtureFloatingIP }
        }
        'Set-OSFloatingIP: Take the addresses off every lab port' = @{
            Present = 'port vip'; Setup = { New-OSFloatingIP -Network public -Port (Get-OSPort -Name vip).Id -Description 'lab VIP' }; Cleanup = { Remove-FixtureFloatingIP }
        }
        'Set-OSImage: Make an image public and protected' = @{
            Admin = $true; Present = 'image debian-12'; Cleanup = { Set-OSImage debian-12 -Visibility private -Protected $false }
        }
        'Set-OSImage: Set a property on every image of a family' = @{ Present = 'image debian-12' }
        'Set-OSNetwork: Rename a network' = @{ Present = 'network web'; Cleanup = { Set-OSNetwork web-old -Name web } }
        'Set-OSNetwork: Lower the MTU of every network of a project' = @{ Present = 'network web'; Setup = { $global:projectId = $HelpEx.ProjectId } }
        "Set-OSPort: Change a server's security groups through its port" = @{ Present = 'server web1', 'secgroup web', 'secgroup ssh' }
        'Set-OSPort: Allow a virtual IP on two ports' = @{ Present = 'port lb1', 'port lb2' }
        'Set-OSRouter: Give a router a gateway' = @{ Present = 'router web-router' }
        'Set-OSRouter: Remove the gateway of every lab router' = @{ Present = 'router lab-router' }
        'Set-OSServer: Tag servers with an owner' = @{ Present = 'server web1' }
        "Set-OSServer: Replace a server's metadata and description" = @{ Present = 'server web1' }
        'Set-OSSubnet: Change the DNS servers' = @{ Present = 'subnet web-subnet' }
        'Set-OSSubnet: Remove the gateway of every storage subnet' = @{ Present = 'subnet storage-a' }
        'Set-OSVolume: Rename a volume and describe it' = @{ Present = 'volume data1'; Cleanup = { Set-OSVolume db-data -Name data1 } }
        'Start-OSServer: Start every stopped server' = @{ Present = 'server web1'; Setup = { Stop-OSServer web1 -Wait } }
        'Start-OSServer: Start one server by name' = @{ Present = 'server web1'; Setup = { Stop-OSServer web1 -Wait } }
        'Stop-OSServer: Stop every running server' = @{ Present = 'server web1' }
        'Stop-OSServer: Stop servers by name and wait until they are off' = @{ Present = 'server web1', 'server web2' }
        'Stop-OSServer: See what would be stopped' = @{ Present = 'server test-1' }
        'Suspend-OSServer: Suspend the test servers for the weekend' = @{ Present = 'server test-1' }
        'Suspend-OSServer: Suspend one server' = @{ Present = 'server build-agent-3' }
        'Unlock-OSServer: Unlock the database servers' = @{ Present = 'server db1'; Setup = { Lock-OSServer db1 } }
        'Unlock-OSServer: Unlock, then delete' = @{ Present = 'server old-db'; Setup = { Lock-OSServer old-db } }
        # Keystone administration: as the admin (of the run's project, which Keystone's policy makes an identity admin);
        # what an example makes is named example-* and removed after it, failed or not.
        'Add-OSGroupMember: Add two users' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Add-OSGroupMember: Users from the pipeline' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        # It leaves the runspace without a current session (the one it made, then disconnected, was the current one).
        'New-OSApplicationCredential: Create one, log in with it, delete it' = @{ Cleanup = { Connect-OpenStack -Cloud helpex } }
        'Get-OSApplicationCredential: The demo user''s, as an administrator' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSDomain: List the domains' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSDomain: The Default domain' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSEndpoint: Every registered endpoint of the compute service (admin)' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSGroup: List groups' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSGroup: The groups of a user' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSGroup: Groups of a domain by name' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSGroupMember: The members of a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSGroupMember: From the pipeline, by name' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSProject: List the projects of the Default domain (admin)' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSProject: One project by name' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSProject: Disabled projects, and projects with a tag' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRole: List the roles' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRole: Find a role by name' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRole: The roles whose names start with "r"' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRole: The roles specific to the Default domain' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRoleAssignment: The roles of the demo user' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRoleAssignment: Who has which role on the demo project, as tokens would carry them' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSRoleAssignment: Every admin assignment, shown as a list' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSService: List the services' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSService: The compute service' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSUser: List the users of the Default domain' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSUser: Disabled users' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSUser: One user by name' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Get-OSUser: The members of a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Grant-OSRole: Give a new user the reader role on the demo project' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Grant-OSRole: What a grant would do' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Grant-OSRole: A role every project of the Default domain inherits, shown without doing it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSDomain: Create a domain, then remove it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSDomain: A disabled domain' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSGroup: Create a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSGroup: In a named domain' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSProject: Create a project, then remove it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSProject: A child project' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSRole: Create a role, then delete it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSRole: A role specific to the Default domain' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSUser: Create a user who can log in to the demo project' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'New-OSUser: From a credential, created disabled' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSDomain: Disable and delete a domain in one step' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSDomain: What would happen' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSGroup: Delete a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSGroup: Delete the groups of a finished test run' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSGroupMember: Take a user out of a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSGroupMember: Empty a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSProject: Delete a project' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSProject: Delete the projects of a finished test run' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSRole: Delete a role made for a test' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSRole: Delete roles from the pipeline' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSUser: Delete a user' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Remove-OSUser: Delete the users of a finished test run' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Revoke-OSRole: Grant a role to a new user, then revoke it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Revoke-OSRole: What a revocation would do' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSDomain: Disable a domain before deleting it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSDomain: Rename a domain and describe it' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSGroup: Rename a group' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSGroup: Clear a description' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSProject: Disable a project and enable it again' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSProject: Replace a project''s tags' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSUser: Disable a user and record why' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSUser: Reset a password and change the email' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSUserPassword: A new user changes the password an admin gave it (admin session)' = @{ Admin = $true; Cleanup = { Remove-FixtureIdentity } }
        'Set-OSUserPassword: Change your own password' = @{
            Setup = {
                Invoke-AsAdmin {
                    $null = New-OSUser -Name example-grace -Password (ConvertTo-SecureString 'Example-Passw0rd-6' -AsPlainText -Force)
                    Grant-OSRole -Role member -User example-grace -Project $HelpEx.ProjectId
                }
                Connect-OpenStack -AuthUrl $HelpEx.AuthUrl -Credential ([pscredential]::new('example-grace', (ConvertTo-SecureString 'Example-Passw0rd-6' -AsPlainText -Force))) -Project $HelpEx.Prefix -UserDomain Default -ProjectDomain Default
            }
            Cleanup = { Connect-OpenStack -Cloud helpex; Remove-FixtureIdentity } }
        'Switch-OSProject: Switch to the demo project and back' = @{ Setup = { Invoke-AsAdmin { Grant-OSRole -Role member -User $HelpEx.Member -Project demo } }; Replace = @{ 'Switch-OSProject admin' = 'Switch-OSProject $HelpEx.Prefix' }
            Cleanup = { Connect-OpenStack -Cloud helpex; Invoke-AsAdmin { Revoke-OSRole -Role member -User $HelpEx.Member -Project demo -Confirm:$false } } }
        'Switch-OSProject: Pick from the projects the user has a role on' = @{ Setup = { Invoke-AsAdmin { Grant-OSRole -Role member -User $HelpEx.Member -Project demo } }; Replace = @{ 'Switch-OSProject admin' = 'Switch-OSProject $HelpEx.Prefix' }
            Cleanup = { Connect-OpenStack -Cloud helpex; Invoke-AsAdmin { Revoke-OSRole -Role member -User $HelpEx.Member -Project demo -Confirm:$false } } }
        # A server's events, consoles, security groups and interfaces: what an example plugs in or adds is taken out after it.
        'New-OSServer: Keep two database servers on different hosts' = @{
            Present = 'router private-router', 'image cirros'; Absent = 'server db1', 'server db2', 'servergroup db-spread' }
        'Get-OSServerEvent: The task log of a server' = @{ Present = 'server web1' }
        'Get-OSServerEvent: Why did the last action fail?' = @{ Present = 'server web1' }
        'Get-OSServerEvent: One request''s action' = @{ Present = 'server web1' }
        'Get-OSServerEvent: The actions of every server in the project, without their steps' = @{ Present = 'server web1' }
        'Get-OSServerConsoleUrl: Which console types does the cloud offer for a server?' = @{ Present = 'server web1' }
        'Add-OSServerSecurityGroup: Open a server to web traffic' = @{ Present = 'server web1', 'secgroup web'
            Cleanup = { Remove-OSServerSecurityGroup web1 -SecurityGroup web } }
        'Add-OSServerSecurityGroup: Every web server into two groups' = @{ Present = 'server web1', 'secgroup web', 'secgroup ssh'
            # The example takes every web* server (the load-balancer examples' web2 too): each leaves both groups again.
            Cleanup = { foreach ($s in @(Get-OSServer -Name 'web*')) { Remove-OSServerSecurityGroup $s.Id -SecurityGroup web, ssh -ErrorAction SilentlyContinue } } }
        'Add-OSServerSecurityGroup: A group from the pipeline' = @{ Present = 'server web1', 'secgroup ssh'
            Cleanup = { Remove-OSServerSecurityGroup web1 -SecurityGroup ssh } }
        'Remove-OSServerSecurityGroup: Close a server to web traffic' = @{ Present = 'server web1', 'secgroup web'
            Setup = { Add-OSServerSecurityGroup web1 -SecurityGroup web } }
        'Remove-OSServerSecurityGroup: Take every server out of a group being retired' = @{ Present = 'server web1', 'secgroup old-web'
            Setup = { Add-OSServerSecurityGroup web1 -SecurityGroup old-web } }
        'Get-OSServerInterface: The interfaces of a server' = @{ Present = 'server web1' }
        'Get-OSServerInterface: Every address of the web servers' = @{ Present = 'server web1' }
        'Get-OSServerInterface: The Neutron ports behind the interfaces' = @{ Present = 'server web1' }
        'Add-OSServerInterface: A second network for a server' = @{ Present = 'server web1', 'subnet storage-a'
            Cleanup = { Remove-FixtureInterfaces web1 } }
        'Add-OSServerInterface: A fixed address' = @{ Present = 'server db1', 'subnet web-subnet'
            Cleanup = { Remove-FixtureInterfaces db1 } }
        'Add-OSServerInterface: An existing port' = @{ Present = 'server db1', 'port db-port'; Absent = 'port db-port'
            Cleanup = { Remove-FixtureInterfaces db1 } }
        'Remove-OSServerInterface: Detach the storage network' = @{ Present = 'server web1', 'subnet storage-a'
            Setup = { Add-OSServerInterface web1 -Network storage -Wait }; Cleanup = { Remove-FixtureInterfaces web1 } }
        'Remove-OSServerInterface: Detach a port by name and keep it for another server' = @{ Present = 'server db1', 'port db-port'; Absent = 'port db-port'
            Setup = { Add-OSServerInterface db1 -Port db-port -Wait }; Cleanup = { Remove-FixtureInterfaces db1 } }
        # Quotas: set on the run's own project only, and put back to the defaults after each example.
        'Get-OSQuota: The projects you have a role on, side by side (admin)' = @{ Admin = $true }
        'Set-OSQuota: Raise a project''s servers and cores' = @{ Admin = $true; Replace = @{ 'web-team' = '$HelpEx.Prefix' }
            Cleanup = { Invoke-AsAdmin { Set-OSQuota -Project $HelpEx.ProjectId -Default -Confirm:$false } } }
        'Set-OSQuota: Storage, a volume type''s own quota and a Neutron key' = @{ Admin = $true; Replace = @{ 'web-team' = '$HelpEx.Prefix' }
            Cleanup = { Invoke-AsAdmin { Set-OSQuota -Project $HelpEx.ProjectId -Default -Confirm:$false } } }
        'Set-OSQuota: See the change before making it' = @{ Admin = $true; Replace = @{ 'web-team' = '$HelpEx.Prefix' } }
        'Set-OSQuota: Back to the defaults' = @{ Admin = $true; Replace = @{ 'web-team' = '$HelpEx.Prefix' } }
        'Get-OSUsage: Every project''s use over a period (admin)' = @{ Admin = $true }
        'Get-OSAvailabilityZone: Which hosts are in which zone (admin)' = @{ Admin = $true }
        # The server lifecycle. Each resize example has a server of its own (a resize to the flavor a server already has
        # is Nova's 400); the fixture servers are m1.tiny, and a paused, shelved, rescued or resized one is brought back first.
        'New-OSServerImage: Snapshot a server before an upgrade' = @{ Present = 'server web1'; Absent = 'image web1-before-upgrade' }
        'New-OSServerImage: A snapshot of each database server, named after it' = @{ Present = 'server db1'; Absent = 'image db1-nightly' }
        'Resize-OSServer: Resize a server, check it, then keep the new flavor' = @{ Present = 'server web1' }
        'Resize-OSServer: Resize the application servers and confirm each at once' = @{ Present = 'server app1' }
        'Confirm-OSServerResize: Resize, then keep the new flavor' = @{ Present = 'server db1' }
        'Confirm-OSServerResize: Confirm every resize waiting for it' = @{ Present = 'server test-1'; Setup = { Resize-OSServer test-1 -Flavor m1.small -Wait } }
        'Undo-OSServerResize: Try a bigger flavor, then go back' = @{ Present = 'server build-agent-3' }
        'Undo-OSServerResize: Revert every resize waiting for a decision' = @{ Present = 'server batch-1'; Setup = { Resize-OSServer batch-1 -Flavor m1.small -Wait } }
        'Reset-OSServer: Rebuild a server from its image' = @{ Present = 'server web1', 'image cirros' }
        'Reset-OSServer: Rebuild with another image, a new name, key and user data' = @{ Present = 'server app1', 'image debian-12', 'keypair ops' }
        'Enter-OSServerRescue: Rescue a server that no longer boots' = @{ Present = 'server web1' }
        'Enter-OSServerRescue: Rescue from a chosen image' = @{ Present = 'server db1', 'image cirros' }
        'Exit-OSServerRescue: End the rescue of one server' = @{ Present = 'server web1'; Setup = { Enter-OSServerRescue web1 -Wait } }
        'Exit-OSServerRescue: End every rescue' = @{ Present = 'server db1'; Setup = { Enter-OSServerRescue db1 -Wait } }
        'Suspend-OSServer: Pause a server for a moment' = @{ Present = 'server web1' }
        'Suspend-OSServer: Shelve servers to free their hosts' = @{ Present = 'server test-1' }
        'Resume-OSServer: Unpause a server' = @{ Present = 'server web1'; Setup = { Suspend-OSServer web1 -Pause -Wait } }
        'Resume-OSServer: Unshelve every shelved server into one availability zone' = @{ Present = 'server test-1'; Setup = { Suspend-OSServer test-1 -Shelve -Wait } }
    }

    NotHere = @{
        # Heat builds a cluster's servers, but the fake compute driver's servers run nothing: they never signal the wait
        # conditions of Magnum's Kubernetes templates, so a cluster only ever ends in CREATE_FAILED at its create timeout.
        'New-OSCluster: A three-node cluster' = 'waits for CREATE_COMPLETE, and the fake servers never signal Heat that Kubernetes is up: the cluster can only time out'
        'Resize-OSCluster: Scale to five workers and wait' = 'Magnum resizes only a CREATE_COMPLETE cluster, and the fake servers never signal Heat that Kubernetes is up'
        'Resize-OSCluster: Scale a named node group down' = 'Magnum resizes only a CREATE_COMPLETE cluster, and the fake servers never signal Heat that Kubernetes is up'
        # Nova's fake driver offers no console: every type is Nova's HTTP 400 "Unavailable console type" (ComputeServerExtrasTests shows it).
        'Get-OSServerConsoleUrl: Open the noVNC console in a browser' = 'the local cloud runs no console proxy: Nova answers 400 "Unavailable console type novnc."'
        'Get-OSServerConsoleUrl: The serial console''s websocket URL' = 'the local cloud runs no console proxy: Nova answers 400 "Unavailable console type serial."'
        # Nova's fake compute driver takes a snapshot without uploading its data: the image stays queued (New-OSServerImage -Wait says so).
        'New-OSServerImage: Snapshot a server and boot a copy of it' = 'the fake compute driver uploads no snapshot data, so the image never becomes active to boot from'
    }

    # Run as the admin at the end: what belongs to no project.
    Sweep = {
        foreach ($name in 'c1.small', 'c2.db', 'test-tiny') { Remove-Fixture "flavor $name" }
    }
}
